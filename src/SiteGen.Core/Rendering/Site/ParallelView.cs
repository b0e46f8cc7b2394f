namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The parallel view of two language versions (<c>parallel</c>): the document's symbol, the version read from (left,
/// the page's language) and the one beside it (right), the same pair the other way round, and the rows by part.
/// </summary>
internal sealed record ParallelView(string Symbol, ParallelVersionView Left, ParallelVersionView Right, string SwappedHref, ParallelSectionView[] Sections) : ITemplateView<ParallelView>;
