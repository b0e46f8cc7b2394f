using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class EpubHelpersTests
{
    [Fact]
    public void A_name_based_uuid_matches_the_rfc_example()
    {
        // RFC 9562 Appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", EpubIdentifier.NameBased(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void Sha1_gives_the_fips_examples_and_what_the_platform_gives_for_every_length_around_the_block_edges()
    {
        // FIPS 180-4 examples (one block, two blocks).
        Assert.Equal("a9993e364706816aba3e25717850c26c9cd0d89d", Convert.ToHexStringLower(Sha1.Hash("abc"u8)));
        Assert.Equal("84983e441c3bd26ebaae4aa1f95129e5e54670f1", Convert.ToHexStringLower(Sha1.Hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"u8)));
        var random = new Random(34);
        for (var length = 0; length <= 600; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Assert.Equal(System.Security.Cryptography.SHA1.HashData(message), Sha1.Hash(message));
        }
    }

    [Fact]
    public void The_identifier_is_stable_for_one_address_and_differs_between_addresses()
    {
        Assert.Equal(EpubIdentifier.For("https://undocs.org/zh/A/C.3/79/L.34"), EpubIdentifier.For("https://undocs.org/zh/A/C.3/79/L.34"));
        Assert.NotEqual(EpubIdentifier.For("https://undocs.org/zh/A/C.3/79/L.34"), EpubIdentifier.For("https://undocs.org/en/A/C.3/79/L.34"));
    }

    [Theory]
    [InlineData("朝鲜民主主义人民共和国人权状况", true, new[] { "朝鲜民主主义人民", "共和国人权状况" })]
    [InlineData("人权状况", true, new[] { "人权状况" })]
    [InlineData("Situation of human rights in the Democratic People's Republic of Korea", false, new[] { "Situation of human", "rights in the Democratic", "People's Republic of", "Korea" })]
    public void The_cover_title_breaks_into_balanced_lines(string title, bool chinese, string[] lines)
    {
        Assert.Equal(lines, CoverLayout.Lines(title, chinese));
    }

    [Fact]
    public void A_very_long_cover_title_ends_with_an_ellipsis()
    {
        var lines = CoverLayout.Lines(new string('权', 100), chinese: true);

        Assert.Equal(CoverLayout.MaxLines, lines.Count);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_contents_entry_shows_the_operative_verb_or_the_first_clause()
    {
        var document = EpubFixture.Document();

        Assert.Equal("最强烈地谴责", TocText.For(document.Operative[0], chinese: true));
        Assert.Equal("表示极其严重关切", TocText.For(document.Operative[1], chinese: true));
    }

    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("a\u0001b\u0008c", "a\uFFFDb\uFFFDc")]
    [InlineData("tab\tline\nok", "tab\tline\nok")]
    [InlineData("pair \U0002A6A5 kept", "pair \U0002A6A5 kept")]
    public void Text_is_made_safe_for_xml(string input, string expected)
    {
        Assert.Equal(expected, XmlSafeText.Clean(input));
    }

    [Fact]
    public void A_lone_surrogate_is_replaced()
    {
        Assert.Equal("lone \uFFFD surrogate", XmlSafeText.Clean("lone \uD800 surrogate"));
    }
}
