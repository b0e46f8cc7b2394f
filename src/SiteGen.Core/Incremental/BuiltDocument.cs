using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Pipeline;

namespace SiteGen.Core.Incremental;

/// <summary>A document built now: its source and text, the other languages it is published in, and what was written for it.</summary>
internal sealed record BuiltDocument(
    DocumentSource Source,
    IReadOnlyList<string> Languages,
    SourceText Text,
    string Title,
    OutputFormats Formats,
    DocumentSummary Summary,
    string StagedSite,
    IReadOnlyList<FileInfo> Files,
    IReadOnlyList<Diagnostic> Diagnostics);
