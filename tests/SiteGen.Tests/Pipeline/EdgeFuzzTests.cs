using System.Text;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// Small hostile sources and metadata files, made from the shapes that crashed, hung or leaked before (deep
/// quotes, lists and brackets, long indentation, control characters and noncharacters, huge note numbers,
/// deep YAML, NULs): every one gives diagnostics or a model whose page and model export are written, never an
/// exception (issue 15, "Crashes with stack traces"). 2,000 sources and 2,000 metadata files; a page is rendered
/// for every tenth source. SITEGEN_FUZZ_SEED sets another sequence.
/// </summary>
public sealed class EdgeFuzzTests(ITestOutputHelper log) : IDisposable
{
    private const string Opening = "Seventy-ninth session\n\nAgenda item 71\n\nAlbania: draft resolution\n\nA title\n\nThe General Assembly,\n\n";

    private static readonly string[] Pieces =
    [
        "> ", "- ", "* ", "1. ", "  ", "    ", "\t", "[", "]", "](#)", "(a) ", "(i) ", "¹", "⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹", "**", "_", "`",
        "\u0001", "\u0008", "\u001B", "\u007F", "\u0085", "\uFFFE", "\uFFFF", "\u0000", "\uFEFF", "\u202E", "<script>", "&",
        "\n", "\n\n", "1. *Decides* that", "A/RES/78/218", "www.un.org", "\\", "#", "|", "---",
    ];

    private readonly string _site = Directory.CreateTempSubdirectory("sitegen-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void Two_thousand_hostile_sources_and_metadata_files_give_diagnostics_or_output_never_an_exception()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), out var s) ? s : 15;
        var random = new Random(seed);
        var renderer = new SiteRenderer(RepositoryPaths.Templates);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 2000; i++)
        {
            var source = Opening + Hostile(random) + "\n\n1. *Decides* that all is well.\n";
            var outcome = Source(source, renderer, render: i % 10 == 0);
            Assert.True(outcome is not null, $"source {i} (seed {seed}) threw; input: {Escape(source)}");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

            var metadata = Metadata(random);
            var yaml = Yaml(metadata);
            Assert.True(yaml is not null, $"metadata {i} (seed {seed}) threw; input: {Escape(metadata)}");
            outcomes[yaml] = outcomes.GetValueOrDefault(yaml) + 1;
        }

        log.WriteLine($"seed {seed}: " + string.Join(", ", outcomes.Select(o => $"{o.Value} × {o.Key}")));
    }

    private static string Hostile(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 40);
        for (var p = 0; p < pieces; p++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            // A piece repeated, sometimes thousands of times: nesting, long lines, long runs.
            text.Append(random.Next(4) == 0 ? string.Concat(Enumerable.Repeat(piece, random.Next(2, 3000))) : piece);
            if (random.Next(3) == 0)
            {
                text.Append("word ");
            }
        }

        return text.ToString();
    }

    private static string Metadata(Random random)
    {
        var lines = new List<string> { "symbol: A/79/L.1", "body: General Assembly", "date: 2024-11-20", "versions:", "  - language: en", "    source: en.md" };
        var value = random.Next(5) switch
        {
            0 => new string('[', random.Next(1, 5000)),
            1 => new string('{', random.Next(1, 5000)),
            2 => string.Concat(Enumerable.Range(1, random.Next(1, 300)).Select(d => "\n" + new string(' ', d) + "k:")),
            3 => "\"" + Pieces[random.Next(Pieces.Length)] + "\"",
            _ => string.Concat(Enumerable.Repeat("- ", random.Next(1, 2000))) + "x",
        };
        lines.Insert(random.Next(lines.Count + 1), "annex: " + value);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>What became of a source: unusable, errors or a written page; null when anything threw.</summary>
    private string? Source(string text, SiteRenderer renderer, bool render)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            var source = SourceLoader.FromBytes(Encoding.UTF8.GetBytes(text), "fuzz.md", diagnostics);
            if (source is null)
            {
                return "sources refused before parsing";
            }

            var document = DocumentModeller.Model(source, Sources.SeedMetadata with { Language = "en" }, diagnostics);
            using var model = new MemoryStream();
            ModelJsonWriter.Write(document, diagnostics.Items, model);
            if (!render)
            {
                return diagnostics.HasErrors ? "sources modelled with errors" : "sources modelled";
            }

            var path = Path.Combine(_site, "en", "A", "C.3", "79", "L.34", "index.html");
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            renderer.Render([document], SiteBuild.Options, _site, diagnostics);
            if (!File.Exists(path))
            {
                return diagnostics.HasErrors ? "pages not written, with errors" : "PAGES MISSING WITHOUT AN ERROR";
            }

            var page = File.ReadAllText(path);
            return page.EndsWith("</html>\n", StringComparison.Ordinal) && HtmlText.IndexOfForbidden(page) < 0
                ? "pages rendered whole"
                : "PAGES CUT OFF OR WITH CONTROL CHARACTERS";
        }
        catch (Exception exception)
        {
            log.WriteLine(exception.ToString());
            return null;
        }
    }

    private string? Yaml(string text)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            return YamlMapping.Parse(text, "document.yml", diagnostics, SiteGen.Core.Diagnostics.DiagnosticCatalog.InvalidMetadata) is null
                ? "metadata files refused with a diagnostic"
                : "metadata files read";
        }
        catch (Exception exception)
        {
            log.WriteLine(exception.ToString());
            return null;
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Take(400).Select(c => char.IsControl(c) && c != '\n' ? $"\\u{(int)c:X4}" : c.ToString()));
}
