using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The complete real texts of the shared corpus (<c>Cases/corpus/</c>), and two forms written for the tests
/// (<c>Cases/genre/</c>: a Human Rights Council resolution adopted by a recorded vote, and the English version of
/// Security Council resolution 2446 (2018) beside the Chinese one), each in a document folder with its
/// <c>document.yml</c> (the symbols in their official form, with a space before the year) and built once, as a
/// user builds them, into a site and e-books.
/// </summary>
public sealed class CorpusEditions : IDisposable
{
    private readonly TempContent _content = new();

    public CorpusEditions()
    {
        File.WriteAllText(_content.Configuration, File.ReadAllText(_content.Configuration).Replace("  - en\n", "  - en\n  - fr\n", StringComparison.Ordinal));
        foreach (var group in Editions.GroupBy(edition => edition.Symbol))
        {
            var first = group.First();
            var folder = Path.Combine(_content.Content, first.Symbol.Replace('/', '-').Replace(" ", "", StringComparison.Ordinal));
            Directory.CreateDirectory(folder);
            var versions = string.Concat(group.Select(edition => $"  - language: {edition.Language}\n    source: {edition.Language}.md\n"));
            File.WriteAllText(
                Path.Combine(folder, "document.yml"),
                $"symbol: {first.Symbol}\nbody: {first.Body}\ndistribution: general\noriginalLanguage: en\ndate: {first.Date}\nversions:\n{versions}");
            foreach (var edition in group)
            {
                File.Copy(Path.Combine(Golden.CasesDirectory, edition.Case), Path.Combine(folder, edition.Language + ".md"));
            }
        }

        Result = new EditionBuilder().Build(_content.Options(), Diagnostics);
    }

    public sealed record Edition(string Case, string Symbol, string Body, string Language, string Date)
    {
        /// <summary>The text's name: its file's, or its case folder's (<c>genre/en-sc-unnumbered/input.md</c>).</summary>
        public string Name => Path.GetFileName(Case) == GoldenCase.InputFile ? Path.GetFileName(Path.GetDirectoryName(Case))! : Path.GetFileNameWithoutExtension(Case);

        /// <summary>The page's folder in the site: <c>zh/S/RES/2446(2018)</c>.</summary>
        public string Folder => Path.Combine((Language == "zh-Hans" ? "zh" : Language) + "/" + Symbol.Replace(" (", "(", StringComparison.Ordinal));

        public override string ToString() => Name;
    }

    // The French text is built once the site has French interface strings; its model is checked either way.
    public static IReadOnlyList<Edition> Editions { get; } =
    [
        new("corpus/en-ares-2758.txt", "A/RES/2758 (XXVI)", "General Assembly", "en", "1971-10-25"),
        new("corpus/en-ares-80-51.txt", "A/RES/80/51", "General Assembly", "en", "2025-12-01"),
        .. File.Exists(Path.Combine(RepositoryPaths.Templates, "strings", "fr.yml"))
            ? [new Edition("corpus/fr-sres-1421.txt", "S/RES/1421 (2002)", "Security Council", "fr", "2002-07-12")]
            : Array.Empty<Edition>(),
        new("corpus/zh-sres-2446.txt", "S/RES/2446 (2018)", "Security Council", "zh-Hans", "2018-11-15"),
        new("genre/en-sc-unnumbered/input.md", "S/RES/2446 (2018)", "Security Council", "en", "2018-11-15"),
        new("corpus/zh-sres-368.txt", "S/RES/368 (1975)", "Security Council", "zh-Hans", "1975-04-17"),
        new("genre/en-hrc-recorded-vote/input.md", "A/HRC/RES/55/10", "Human Rights Council", "en", "2024-04-04"),
    ];

    public DiagnosticBag Diagnostics { get; } = new();

    public BuildResult Result { get; }

    public string Site => Path.Combine(_content.Output, "site");

    public string Page(Edition edition) => Path.Combine(Site, edition.Folder, "index.html");

    public string Epub(Edition edition) => Assert.Single(Directory.GetFiles(Path.Combine(Site, edition.Folder), "*.epub"));

    public void Dispose() => _content.Dispose();
}
