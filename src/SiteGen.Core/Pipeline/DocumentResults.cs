using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The build-each-document stage's result: the outcome of each document to publish, in content order (built now, or
/// kept from the last build), the documents that failed, and for those left out of the site their diagnostics.
/// </summary>
internal sealed record DocumentResults(
    IReadOnlyList<DocumentOutcome> Outcomes,
    IReadOnlyList<DocumentFailure> Failures,
    IReadOnlyList<DocumentSource> LeftOut,
    IReadOnlyList<Diagnostic> LeftOutDiagnostics);
