namespace SiteGen.Core.Rendering.Site;

/// <summary>A file a reader can take away (<c>page.header.downloads</c>): its kind (pdf, epub, json), address, media type and label.</summary>
internal sealed record DownloadView(string Kind, string Href, string Type, string Label) : ITemplateView<DownloadView>;
