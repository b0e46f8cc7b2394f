using AngleSharp.Html.Parser;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Source text is data (DESIGN.md, "Behaviour"): whatever a source holds — raw HTML, script, hostile links,
/// quotes that would break an attribute, template syntax — comes out as text, and only http and https links
/// are emitted, in the page and in the e-book.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    private const string Hostile =
        "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><b>bold</b>{{ 7 * 7 }}{{ include 'x' }}" +
        "[click](javascript:alert(3))[data](data:text/html,hi)[web](https://example.org/a\"b)<javascript:alert(4)>";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Hostile_source_text_comes_out_as_text_with_only_http_links()
    {
        var source = File.ReadAllText(_content.SeedSource)
            .Replace("重申所有国家都有义务", "重申所有国家都有义务" + Hostile, StringComparison.Ordinal)
            .Replace("\n朝鲜民主主义人民共和国人权状况\n", "\n标题<script>alert(5)</script>\"\n", StringComparison.Ordinal);
        File.WriteAllText(_content.SeedSource, source);

        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(_content.Options(), diagnostics);
        Assert.True(result.Published, string.Join('\n', diagnostics.Items));

        var html = File.ReadAllText(Path.Combine(result.SiteDirectory, "zh", "A", "C.3", "79", "L.34", "index.html"));
        var page = new HtmlParser().ParseDocument(html);
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.All(scripts, script => Assert.True(
            script.GetAttribute("type") == "application/ld+json" || (script.HasAttribute("src") && script.HasAttribute("defer")),
            script.OuterHtml));
        Assert.DoesNotContain("alert(", string.Concat(scripts.Select(s => s.GetAttribute("src") ?? "")), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("img[onerror], b, [onerror]"));
        Assert.All(page.QuerySelectorAll("a[href]"), link =>
        {
            var href = link.GetAttribute("href")!;
            Assert.False(href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase), href);
        });

        var pp1 = page.GetElementById("pp1")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", pp1, StringComparison.Ordinal);
        Assert.Contains("{{ 7 * 7 }}", pp1, StringComparison.Ordinal);
        Assert.DoesNotContain("49", pp1, StringComparison.Ordinal);
        Assert.Contains("标题<script>alert(5)</script>\"", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // JSON-LD holds the title as data: a closing script tag inside it must not end the element.
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), json => System.Text.Json.JsonDocument.Parse(json.TextContent).Dispose());
    }
}
