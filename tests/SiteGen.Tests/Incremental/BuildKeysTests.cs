using SiteGen.Core.Incremental;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Incremental;

/// <summary>A document's key changes with everything its output depends on, and with nothing else.</summary>
public sealed class BuildKeysTests
{
    private static readonly DocumentSource Source = new(
        "/content/A-C.3-79-L.34/zh-Hans.md",
        "content/A-C.3-79-L.34/zh-Hans.md",
        new DocumentMetadata("A/C.3/79/L.34", "zh-Hans", IssuingBody.GeneralAssembly, "limited", "en", new DateOnly(2024, 11, 20)));

    private static readonly string[] Languages = ["en", "zh-Hans"];

    private static readonly string Hash = BuildKeys.ForSource("# 决议草案");

    public static TheoryData<string> Changes() =>
    [
        "build key", "display path", "symbol", "language", "body", "distribution", "original language", "date", "no date",
        "languages", "languages split differently", "source hash",
    ];

    [Fact]
    public void The_same_document_has_the_same_key_on_every_thread()
    {
        var key = Key(Source, Languages, Hash);
        var others = Enumerable.Range(0, 8).AsParallel().Select(_ => Key(Source, Languages, Hash)).ToList();

        Assert.All(others, other => Assert.Equal(key, other));
        Assert.Equal(32, key.Length);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_what_a_page_shows_changes_its_key(string change)
    {
        var metadata = Source.Metadata;
        var (buildKey, source, languages, hash) = change switch
        {
            "build key" => ("other build", Source, Languages, Hash),
            "display path" => ("build", Source with { DisplayPath = "content/elsewhere/zh-Hans.md" }, Languages, Hash),
            "symbol" => ("build", Source with { Metadata = metadata with { Symbol = "A/C.3/79/L.35" } }, Languages, Hash),
            "language" => ("build", Source with { Metadata = metadata with { Language = "en" } }, Languages, Hash),
            "body" => ("build", Source with { Metadata = metadata with { Body = IssuingBody.SecurityCouncil } }, Languages, Hash),
            "distribution" => ("build", Source with { Metadata = metadata with { Distribution = "general" } }, Languages, Hash),
            "original language" => ("build", Source with { Metadata = metadata with { OriginalLanguage = "fr" } }, Languages, Hash),
            "date" => ("build", Source with { Metadata = metadata with { Date = new DateOnly(2024, 11, 21) } }, Languages, Hash),
            "no date" => ("build", Source with { Metadata = metadata with { Date = null } }, Languages, Hash),
            "languages" => ("build", Source, ["zh-Hans"], Hash),
            "languages split differently" => ("build", Source, ["enzh-Hans"], Hash),
            _ => ("build", Source, Languages, BuildKeys.ForSource("# 决议草案 ")),
        };

        Assert.NotEqual(BuildKeys.ForDocument("build", Source, Languages, Hash), BuildKeys.ForDocument(buildKey, source, languages, hash));
    }

    private static string Key(DocumentSource source, string[] languages, string hash) => BuildKeys.ForDocument("build", source, languages, hash);
}
