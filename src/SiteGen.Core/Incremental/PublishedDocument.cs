using System.Text.Json.Serialization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;

namespace SiteGen.Core.Incremental;

/// <summary>
/// One language version as the last build published it: its key, the stamp and hash of its source, the formats its
/// files were written in, the files themselves, and what its summary, the index and the build's report need.
/// </summary>
internal sealed record PublishedDocument(
    string Key,
    FileStamp Source,
    string SourceHash,
    string Symbol,
    string Language,
    OutputFormats Formats,
    string Title,
    int Units,
    int Notes,
    long Bytes,
    IReadOnlyList<PublishedFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The line the build prints for it, as one whose files were kept.</summary>
    [JsonIgnore]
    public DocumentSummary Summary => new(Symbol, Language, Units, Notes, Files.Count, Bytes, TimeSpan.Zero, Unchanged: true);
}
