namespace SiteGen.Core.Rendering.Site;

/// <summary>One part of the parallel view (<c>parallel.sections</c>): preamble, operative part or notes, with its heading in the page's language.</summary>
internal sealed record ParallelSectionView(string Id, string Heading, ParallelRowView[] Rows) : ITemplateView<ParallelSectionView>;
