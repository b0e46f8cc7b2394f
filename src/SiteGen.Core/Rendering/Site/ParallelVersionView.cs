namespace SiteGen.Core.Rendering.Site;

/// <summary>One of the two versions of a parallel view (<c>parallel.left</c>, <c>parallel.right</c>): its language, name, title and page.</summary>
internal sealed record ParallelVersionView(string Lang, string Code, string Dir, string Name, string Title, string Href) : ITemplateView<ParallelVersionView>;
