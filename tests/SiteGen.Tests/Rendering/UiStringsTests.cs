using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Every official language has its user-interface strings, and every strings file has the same keys as the
/// English one: a key added for one language is added for all (a missing one would be an error at build time).
/// </summary>
public sealed class UiStringsTests
{
    public static TheoryData<string> Languages => [.. UnLanguage.All.Select(language => language.Tag)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_official_language_has_a_strings_file_with_the_english_keys(string language)
    {
        var diagnostics = new DiagnosticBag();
        var english = UiStrings.Load(RepositoryPaths.Templates, "en", diagnostics);
        var strings = UiStrings.Load(RepositoryPaths.Templates, language, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(english!.Values.Keys.Order(StringComparer.Ordinal), strings!.Values.Keys.Order(StringComparer.Ordinal));
        // A separator may be blank (Chinese joins a citation's parts with nothing); every other string says something.
        Assert.All(
            strings.Values.Where(pair => !pair.Key.EndsWith("_separator", StringComparison.Ordinal)),
            pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language}: {pair.Key} is empty"));
    }

    [Fact]
    public void No_strings_file_is_there_for_a_language_that_is_not_official()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Templates, "strings"), "*.yml").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(UnLanguage.All.Select(language => language.Tag).Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("zh-Hans")]
    public void No_language_but_english_shows_the_document_header_in_english(string language)
    {
        var diagnostics = new DiagnosticBag();
        var english = UiStrings.Load(RepositoryPaths.Templates, "en", diagnostics)!;
        var strings = UiStrings.Load(RepositoryPaths.Templates, language, diagnostics)!;
        string[] prefixes = ["fact_", "distribution_", "language_", "status_", "vote_", "document_kind_"];
        string[] keys = ["sponsors_summary", "edition_note", "language_versions", "downloads_heading", "download_official", "download_model", "epub_rights"];
        var header = english.Values.Keys.Where(key => prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)) || keys.Contains(key)).ToList();

        Assert.True(header.Count > 30);
        // The same word may be right in both languages ("Session", "Original", "Vote", "General"); a whole header in
        // English is not.
        var same = header.Where(key => key != "language_name" && strings[key] == english[key]).ToList();
        Assert.True(same.Count <= 4, $"{language} shows these in English: {string.Join(", ", same)}");
    }

    [Theory]
    [InlineData("en", "12 July 2002")]
    [InlineData("fr", "12 juillet 2002")]
    [InlineData("es", "12 de julio de 2002")]
    [InlineData("ru", "12 июля 2002 года")]
    [InlineData("ar", "12 تموز/يوليه 2002")]
    [InlineData("zh-Hans", "2002年7月12日")]
    public void Each_language_writes_the_e_book_date_in_its_own_words(string language, string expected)
    {
        var strings = UiStrings.Load(RepositoryPaths.Templates, language, new DiagnosticBag())!;

        Assert.Equal(expected, EpubBookModel.FormatDate(new DateOnly(2002, 7, 12), strings["epub_date"], strings["month_names"]));
    }
}
