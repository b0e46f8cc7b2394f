using SiteGen.Cli.Serving;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class ServeTests : IAsyncLifetime
{
    private readonly TempContent _content = new();
    private readonly StringWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer? _server;

    private PreviewServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(_content.Options(), TextWriter.Synchronized(_log));
        await _server.StartAsync(port: 0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
        _content.Dispose();
    }

    private Task<string> Page() => _http.GetStringAsync(new Uri(Server.Address!, "zh/A/C.3/79/L.34/"));

    private async Task EditAndWaitForRebuild(Func<string, string> edit)
    {
        var builds = Server.Builds;
        await File.WriteAllTextAsync(_content.SeedSource, edit(await File.ReadAllTextAsync(_content.SeedSource)));
        for (var waited = 0; Server.Builds == builds; waited += 100)
        {
            Assert.True(waited < 30_000, $"no rebuild within 30 s; log:\n{_log}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Serve_builds_serves_the_site_on_loopback_and_rebuilds_when_the_content_changes()
    {
        Assert.Equal("localhost", Server.Address!.Host);
        Assert.Contains("朝鲜民主主义人民共和国人权状况", await Page(), StringComparison.Ordinal);
        var epub = await _http.GetAsync(new Uri(Server.Address, "zh/A/C.3/79/L.34/A-C.3-79-L.34.zh.epub"));
        Assert.Equal("application/epub+zip", epub.Content.Headers.ContentType?.MediaType);

        await EditAndWaitForRebuild(text => text.Replace("\n朝鲜民主主义人民共和国人权状况\n", "\n改过的标题\n", StringComparison.Ordinal));

        Assert.Contains("改过的标题", await Page(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_rebuild_is_shown_on_the_page_while_the_last_good_site_is_served()
    {
        await EditAndWaitForRebuild(text => text.Replace("¹⁶ 见《", "见《", StringComparison.Ordinal));

        var page = await Page();
        Assert.Contains("id=\"sitegen-build-error\"", page, StringComparison.Ordinal);
        Assert.Contains("error SG2001: footnote 16 is referenced here but has no text", page, StringComparison.Ordinal);
        Assert.Contains("id=\"fn16\"", page, StringComparison.Ordinal);
        Assert.Contains("build failed; still serving the last good site", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_sends_the_content_security_policy_the_site_s_headers_file_declares()
    {
        var response = await _http.GetAsync(new Uri(Server.Address!, "zh/A/C.3/79/L.34/"));
        var declared = File.ReadLines(Path.Combine(_content.Templates, "site", "_headers"))
            .Single(line => line.TrimStart().StartsWith("Content-Security-Policy:", StringComparison.Ordinal));

        Assert.Equal(declared.Split(':', 2)[1].Trim(), string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Serve_refuses_a_path_through_a_symbolic_link_inside_the_site()
    {
        var site = Path.Combine(_content.Output, "site");
        var secret = Path.Combine(_content.Root, "secret.html");
        await File.WriteAllTextAsync(secret, "<p>not part of the site</p>");
        File.CreateSymbolicLink(Path.Combine(site, "leak.html"), secret);
        Directory.CreateSymbolicLink(Path.Combine(site, "outside"), _content.Root);

        foreach (var path in new[] { "leak.html", "outside/secret.html" })
        {
            var response = await _http.GetAsync(new Uri(Server.Address!, path));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("not part of the site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(System.Net.HttpStatusCode.OK, (await _http.GetAsync(new Uri(Server.Address!, "zh/A/C.3/79/L.34/"))).StatusCode);
    }
}
