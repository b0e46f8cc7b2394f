namespace SiteGen.Core.Rendering.Site;

/// <summary>What every page of one site shares: its options, its absolute base address and its static assets.</summary>
internal sealed record SiteContext(SiteOptions Options, Uri BaseUri, SiteAssets Assets)
{
    /// <summary>The base address with a trailing slash: <c>https://example.org/sitegen/</c>.</summary>
    public string BaseUrl => BaseUri.AbsoluteUri.EndsWith('/') ? BaseUri.AbsoluteUri : BaseUri.AbsoluteUri + "/";

    /// <summary>The path of the site root on its host, with a trailing slash: <c>/sitegen/</c>.</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;

    public string Absolute(string relativePath) => BaseUrl + relativePath;
}
