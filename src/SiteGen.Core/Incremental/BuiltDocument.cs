using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Pipeline;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// A document built now: its source and text, the other languages it is published in, the citations it makes and
/// the edition it was built in (every document by canonical symbol and language), whether its page was written as
/// cited by another document, and what was written for it.
/// </summary>
internal sealed record BuiltDocument(
    DocumentSource Source,
    IReadOnlyList<string> Languages,
    SourceText Text,
    string Title,
    OutputFormats Formats,
    DocumentSummary Summary,
    string StagedSite,
    IReadOnlyList<FileInfo> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Citation> Citations,
    IReadOnlySet<(string Symbol, string Language)> Edition,
    bool Cited);
