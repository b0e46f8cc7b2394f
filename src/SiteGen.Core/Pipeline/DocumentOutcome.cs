using SiteGen.Core.Incremental;

namespace SiteGen.Core.Pipeline;

/// <summary>One document of a build that succeeded: what is recorded of it for the next build, and the line the build prints.</summary>
internal sealed record DocumentOutcome(PublishedDocument Published, DocumentSummary Summary);
