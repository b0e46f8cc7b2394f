using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>UN document symbols and web addresses in the text become links (DESIGN.md, "References", "Behaviour").</summary>
public sealed class SymbolAndAddressTests
{
    [Theory]
    [InlineData("A/79/53")]
    [InlineData("A/HRC/25/63")]
    [InlineData("A/HRC/37/56/Add.1")]
    [InlineData("CRPD/C/PRK/RQ/1")]
    [InlineData("A/HRC/34/66/Add.1")]
    [InlineData("A/C.3/79/L.34")]
    [InlineData("S/2024/1")]
    [InlineData("E/CN.4/2005/L.10/Add.1")]
    [InlineData("A/RES/78/218")]
    [InlineData("S/RES/2321(2016)")]
    public void A_document_symbol_is_its_own_target_in_Chinese_and_English_text(string symbol)
    {
        var chinese = new HandMadeDocument().Footnote($"见 {symbol}。").Footnote($"同上，《补编第 53 号》({symbol})，第四章。").Resolve();
        var english = HandMadeDocument.English().Footnote($"See {symbol}.").Resolve();

        Assert.Equal([$"fn1 {symbol} → {symbol}", $"fn2 {symbol} → {symbol}"], ReferenceListing.Of(chinese));
        Assert.Equal([$"fn1 {symbol} → {symbol}"], ReferenceListing.Of(english));
        var link = Assert.Single(english.Footnotes[0].Content.OfType<SymbolLink>());
        Assert.Equal(symbol, english.Source.Slice(link.Span));
    }

    [Fact]
    public void A_symbol_right_beside_Han_characters_is_found()
    {
        var document = new HandMadeDocument().Footnote("见A/HRC/34/66/Add.1。").Resolve();

        Assert.Equal(["fn1 A/HRC/34/66/Add.1 → A/HRC/34/66/Add.1"], ReferenceListing.Of(document));
        Assert.Equal(["见", "A/HRC/34/66/Add.1", "。"], document.Footnotes[0].Content.Select(InlineText));
    }

    [Fact]
    public void A_bare_web_address_gets_https_and_keeps_its_text()
    {
        var document = new HandMadeDocument()
            .Footnote("见联合国人权事务高级专员办事处，“强迫劳动情况”，可查阅：www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea。")
            .Resolve();

        var link = Assert.Single(document.Footnotes[0].Content.OfType<WebLink>());
        Assert.Equal("www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea", link.Text);
        Assert.Equal("https://www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea", link.Url);
        Assert.Equal(link.Text, document.Source.Slice(link.Span));
        Assert.Equal("。", Assert.IsType<TextRun>(document.Footnotes[0].Content[^1]).Text);
        Assert.Empty(document.References);
    }

    [Theory]
    [InlineData("Available at https://www.ohchr.org/en/hr-bodies/hrc (see A/HRC/25/63).", "https://www.ohchr.org/en/hr-bodies/hrc")]
    [InlineData("Available at http://undocs.org/A/79/53.", "http://undocs.org/A/79/53")]
    [InlineData("Available at (www.un.org/en/ga).", "https://www.un.org/en/ga")]
    public void Web_addresses_lose_trailing_punctuation_and_hide_the_symbols_inside_them(string text, string url)
    {
        var document = HandMadeDocument.English().Footnote(text).Resolve();

        Assert.Equal(url, Assert.Single(document.Footnotes[0].Content.OfType<WebLink>()).Url);
        Assert.DoesNotContain(document.References, r => url.Contains(r.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void Only_http_and_https_addresses_are_ever_links(string text)
    {
        var document = HandMadeDocument.English().Footnote(text).Resolve();

        Assert.DoesNotContain(document.Footnotes[0].Content, inline => inline is WebLink { Url: var url } && !url.StartsWith("http", StringComparison.Ordinal));
        Assert.All(document.Footnotes[0].Content.OfType<WebLink>(), link => Assert.StartsWith("https://", link.Url, StringComparison.Ordinal));
    }

    private static string InlineText(Inline inline) => inline switch
    {
        TextRun run => run.Text,
        SymbolLink link => link.Text,
        _ => "?",
    };
}
