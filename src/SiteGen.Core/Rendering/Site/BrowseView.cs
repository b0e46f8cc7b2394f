namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// A browse page (<c>browse</c>): its heading (empty on the site's root, whose heading is the site's title), the
/// navigation to every group and order (each a page of its own, so nothing needs a script), and the groups it lists;
/// <paramref name="Books"/> when the build makes the documents' e-books (the lists link each).
/// </summary>
internal sealed record BrowseView(string Heading, string Count, BrowseLinkView[] Bodies, BrowseLinkView[] Kinds, BrowseLinkView[] Orders, BrowseGroupView[] Groups, bool Books) : ITemplateView<BrowseView>;
