namespace SiteGen.Core.Rendering.Site;

/// <summary>One unit of the parallel view (<c>section.rows</c>): its anchor, its depth and both versions of it.</summary>
internal sealed record ParallelRowView(string Id, int Depth, ParallelCellView Left, ParallelCellView Right) : ITemplateView<ParallelRowView>;
