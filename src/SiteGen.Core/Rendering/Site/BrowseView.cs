namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// A browse page (<c>browse</c>): its heading (empty on the site's root, whose heading is the site's title), the
/// navigation to every group and order (each a page of its own, so nothing needs a script), and the groups it lists.
/// </summary>
internal sealed record BrowseView(string Heading, string Count, BrowseLinkView[] Bodies, BrowseLinkView[] Kinds, BrowseLinkView[] Orders, BrowseGroupView[] Groups);
