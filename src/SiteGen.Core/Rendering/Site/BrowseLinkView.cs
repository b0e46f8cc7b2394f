namespace SiteGen.Core.Rendering.Site;

/// <summary>A link of the browse navigation (<c>browse.bodies</c>, <c>browse.kinds</c>, <c>browse.orders</c>): a group or an order, how many documents it has, whether it is this page.</summary>
internal sealed record BrowseLinkView(string Label, string Href, string Count, bool Current) : ITemplateView<BrowseLinkView>;
