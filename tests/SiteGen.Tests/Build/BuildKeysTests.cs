using SiteGen.Core.Build;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Build;

/// <summary>A document's key changes with everything its output depends on, and with nothing else.</summary>
public sealed class BuildKeysTests
{
    private static readonly DocumentSource Source = new(
        "/content/A-C.3-79-L.34/zh-Hans.md",
        "content/A-C.3-79-L.34/zh-Hans.md",
        new DocumentMetadata("A/C.3/79/L.34", "zh-Hans", IssuingBody.GeneralAssembly, "limited", "en", new DateOnly(2024, 11, 20)));

    private static readonly string[] Languages = ["en", "zh-Hans"];

    public static TheoryData<string> Changes() =>
    [
        "build key", "display path", "symbol", "language", "body", "distribution", "original language", "date", "no date",
        "languages", "languages split differently", "source hash",
    ];

    [Fact]
    public void The_same_document_has_the_same_key_on_every_thread()
    {
        var key = Key(Source, Languages, "hash");
        var others = Enumerable.Range(0, 8).AsParallel().Select(_ => Key(Source, Languages, "hash")).ToList();

        Assert.All(others, other => Assert.Equal(key, other));
        Assert.Matches("^[0-9a-f]{32}$", key);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_what_a_page_shows_changes_its_key(string change)
    {
        var metadata = Source.Metadata;
        var (buildKey, source, languages, hash) = change switch
        {
            "build key" => ("other build", Source, Languages, "hash"),
            "display path" => ("build", Source with { DisplayPath = "content/elsewhere/zh-Hans.md" }, Languages, "hash"),
            "symbol" => ("build", Source with { Metadata = metadata with { Symbol = "A/C.3/79/L.35" } }, Languages, "hash"),
            "language" => ("build", Source with { Metadata = metadata with { Language = "en" } }, Languages, "hash"),
            "body" => ("build", Source with { Metadata = metadata with { Body = IssuingBody.SecurityCouncil } }, Languages, "hash"),
            "distribution" => ("build", Source with { Metadata = metadata with { Distribution = "general" } }, Languages, "hash"),
            "original language" => ("build", Source with { Metadata = metadata with { OriginalLanguage = "fr" } }, Languages, "hash"),
            "date" => ("build", Source with { Metadata = metadata with { Date = new DateOnly(2024, 11, 21) } }, Languages, "hash"),
            "no date" => ("build", Source with { Metadata = metadata with { Date = null } }, Languages, "hash"),
            "languages" => ("build", Source, ["zh-Hans"], "hash"),
            "languages split differently" => ("build", Source, ["enzh-Hans"], "hash"),
            _ => ("build", Source, Languages, "other hash"),
        };

        Assert.NotEqual(BuildKeys.ForDocument("build", Source, Languages, "hash"), BuildKeys.ForDocument(buildKey, source, languages, hash));
    }

    private static string Key(DocumentSource source, string[] languages, string hash) => BuildKeys.ForDocument("build", source, languages, hash);
}
