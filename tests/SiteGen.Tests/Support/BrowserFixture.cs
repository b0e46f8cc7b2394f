using Microsoft.Playwright;

namespace SiteGen.Tests.Support;

/// <summary>
/// One Chromium (Debian's, never a downloaded one) and one loopback server for all browser tests of a run. The
/// built seed site is served at <c>/sitegen/</c> and at the host root; a site rendered from the hand-built
/// fixture document (which has an ibid. note and links) at <c>/fixture/</c>, the language samples' site at
/// <c>/languages/</c>, the library at <c>/library/</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _server;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public SiteServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    public string SiteUrl => Server.Origin + "/sitegen/";

    public string SeedPageUrl => SiteUrl + "zh/A/C.3/79/L.34/";

    public string FixturePageUrl => Server.Origin + "/fixture/zh/A/C.3/79/L.34/";

    /// <summary>The library built through the pipeline (<see cref="LibraryEdition"/>).</summary>
    public string LibraryUrl => Server.Origin + "/library/";

    /// <summary>The site of the language samples (<see cref="LanguageSite"/>).</summary>
    public string LanguageSiteUrl => Server.Origin + "/languages/";

    public async Task InitializeAsync()
    {
        ExternalTool.Require(ChromiumPath, "Debian package chromium");
        var fixtureSite = SiteBuild.BuildFixture(RepositoryPaths.Artifacts("fixture-site"));
        _server = new SiteServer([("/sitegen/", SiteBuild.Site.Directory), ("/fixture/", fixtureSite), ("/languages/", LanguageSite.Directory), ("/library/", LibraryEdition.Site), ("/", SiteBuild.Site.Directory)]);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
    }

    /// <summary>A fresh browser context: desktop (1280×900) or phone (360×740), light or dark, with or without JavaScript.</summary>
    public Task<IBrowserContext> NewContextAsync(bool phone = false, bool dark = false, bool javaScript = true) =>
        Browser.NewContextAsync(new()
        {
            ViewportSize = phone ? new() { Width = 360, Height = 740 } : new() { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
        });
}
