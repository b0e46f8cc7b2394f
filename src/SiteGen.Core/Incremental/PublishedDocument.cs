using System.Text.Json.Serialization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// One language version as the last build published it: its key, the stamp and hash of its source, the formats its
/// files were written in, the files themselves, what its summary, the index and the build's report need, and the
/// citations it makes (<see cref="Citation"/>, in reading order), which decide which of its links lead to pages here
/// and make the edition's cited-by lists.
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
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The line the build prints for it, as one whose files were kept.</summary>
    [JsonIgnore]
    public DocumentSummary Summary => new(Symbol, Language, Units, Notes, Files.Count, Bytes, TimeSpan.Zero, Unchanged: true);
}
