using System.Text.Json.Serialization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// One language version as the last build published it: its key, the stamp and hash of its source, the formats its
/// files were written in, the files themselves, what its summary, the index and the build's report need; which of
/// the documents it cites the edition published (<see cref="BuildKeys.Linked"/>), what the site's own pages show of
/// it (<see cref="BuildKeys.Shows"/>) and whether another document of the edition cites it. Its citations themselves
/// are recorded apart (<see cref="CitationFile"/>) and read only when needed.
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
    string Linked,
    string Shows,
    bool Cited)
{
    /// <summary>The citations it makes (<see cref="Citation"/>, in reading order) when this build made it; null when it was kept from the last one.</summary>
    [JsonIgnore]
    public IReadOnlyList<Citation>? Citations { get; init; }

    /// <summary>The line the build prints for it, as one whose files were kept.</summary>
    [JsonIgnore]
    public DocumentSummary Summary => new(Symbol, Language, Units, Notes, Files.Count, Bytes, TimeSpan.Zero, Unchanged: true);
}
