using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;

namespace SiteGen.Tests.Support;

/// <summary>
/// A library of resolutions built once per test run through the whole pipeline, as a user builds one, into the test
/// output (<c>artifacts/library</c>): the real texts of the shared corpus, resolution 2758 (XXVI) in English (the
/// corpus text), Chinese and Arabic, the language samples' draft in Arabic, Russian and Spanish, Security Council
/// resolution 2446 (2018) in Chinese and English, and the seed. The Chinese text of 2758 (XXVI) is the UN's, typed for
/// these tests (<c>Cases/library/zh-ares-2758.md</c>); the Arabic one was written for them from the English text, no
/// official Arabic text being at hand, and has no adoption line.
/// </summary>
public static class LibraryEdition
{
    private static readonly Lazy<string> Instance = new(Build);

    /// <summary>The published site folder.</summary>
    public static string Site => Instance.Value;

    public sealed record Version(string Case, string Language);

    public sealed record Document(string Symbol, string Body, string Distribution, string Original, string Date, IReadOnlyList<Version> Versions);

    public static IReadOnlyList<Document> Documents { get; } =
    [
        new("A/RES/2758 (XXVI)", "General Assembly", "general", "en", "1971-10-25",
            [new("corpus/en-ares-2758.txt", "en"), new("library/zh-ares-2758.md", "zh-Hans"), new("library/ar-ares-2758.md", "ar")]),
        new("A/C.3/80/L.90", "General Assembly", "limited", "ar", "2025-11-05",
            [new("languages/ar-draft/input.md", "ar"), new("languages/ru-draft/input.md", "ru"), new("languages/es-draft/input.md", "es")]),
        new("A/RES/80/51", "General Assembly", "general", "en", "2025-12-01", [new("corpus/en-ares-80-51.txt", "en")]),
        new("S/RES/2446 (2018)", "Security Council", "general", "en", "2018-11-15",
            [new("corpus/zh-sres-2446.txt", "zh-Hans"), new("genre/en-sc-unnumbered/input.md", "en")]),
        new("S/RES/368 (1975)", "Security Council", "general", "en", "1975-04-17", [new("corpus/zh-sres-368.txt", "zh-Hans")]),
        new("S/RES/1421 (2002)", "Security Council", "general", "fr", "2002-07-12", [new("corpus/fr-sres-1421.txt", "fr")]),
        new("A/HRC/RES/55/10", "Human Rights Council", "general", "en", "2024-04-04", [new("genre/en-hrc-recorded-vote/input.md", "en")]),
    ];

    /// <summary>Writes the library's content folder (with the seed's, and a configuration publishing all six languages) under <paramref name="content"/>.</summary>
    public static void WriteContent(TempContent content)
    {
        var configuration = File.ReadAllText(content.Configuration);
        File.WriteAllText(content.Configuration, configuration[..configuration.IndexOf("\nlanguages:", StringComparison.Ordinal)] + "\nlanguages:\n  - ar\n  - zh-Hans\n  - en\n  - fr\n  - ru\n  - es\n");
        foreach (var document in Documents)
        {
            var folder = Path.Combine(content.Content, document.Symbol.Replace('/', '-').Replace(" ", "", StringComparison.Ordinal));
            Directory.CreateDirectory(folder);
            var versions = string.Concat(document.Versions.Select(v => $"  - language: {v.Language}\n    source: {v.Language}.md\n"));
            File.WriteAllText(
                Path.Combine(folder, "document.yml"),
                $"symbol: {document.Symbol}\nbody: {document.Body}\ndistribution: {document.Distribution}\noriginalLanguage: {document.Original}\ndate: {document.Date}\nversions:\n{versions}");
            foreach (var version in document.Versions)
            {
                File.Copy(Path.Combine(Golden.CasesDirectory, version.Case), Path.Combine(folder, version.Language + ".md"));
            }
        }
    }

    private static string Build()
    {
        using var content = new TempContent();
        WriteContent(content);
        var output = RepositoryPaths.Artifacts("library");
        Directory.Delete(output, recursive: true);
        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(content.Options(output) with { Incremental = false }, diagnostics);
        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        return result.SiteDirectory;
    }
}
