using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// <c>build</c> and its search index: written with the site from the pages' terms, nothing of it beside the pages,
/// left out with <c>--no-search</c>, the same bytes from the same input, and after a rebuild that changes a document
/// the same as a clean build of the changed content, made without building the unchanged documents again (their
/// postings read from the last index), or by building them again when the last index is missing or cannot be read.
/// </summary>
public sealed class SearchIndexBuildTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string SearchFolder(string output) => Path.Combine(output, "site", "search");

    [Fact]
    public void Without_search_the_site_is_published_without_an_index()
    {
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Search = false }, output));

        Assert.DoesNotContain("search index", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(SearchFolder(_content.Output)));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "search", "index.html")));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.34", "index.html")));
    }

    [Fact]
    public void A_rebuild_without_search_leaves_out_the_index_of_earlier_builds()
    {
        // The third build reuses the generation the first one wrote, index and all.
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(), new StringWriter()));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(), new StringWriter()));
        Assert.True(Directory.Exists(SearchFolder(_content.Output)));

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Search = false }, new StringWriter()));

        Assert.False(Directory.Exists(SearchFolder(_content.Output)));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "search", "index.html")));
    }

    [Fact]
    public void A_build_with_the_index_after_one_without_gives_the_index_of_a_clean_build()
    {
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Search = false }, new StringWriter()));
        var clean = Path.Combine(_content.Root, "clean");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(clean), new StringWriter()));

        var rebuild = new EditionBuilder().Build(_content.Options(), new DiagnosticBag());

        Assert.True(rebuild.SearchIndexed);
        Assert.Contains("zh/documents.json", TempContent.Snapshot(SearchFolder(_content.Output)).Keys);
        Assert.Equal(TempContent.Snapshot(SearchFolder(clean)), TempContent.Snapshot(SearchFolder(_content.Output)));
        Assert.All(rebuild.Documents, document => Assert.False(document.Unchanged));
    }

    [Fact]
    public void A_rebuild_after_the_last_index_was_damaged_warns_and_the_next_build_gives_the_index_of_a_clean_build()
    {
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(), new StringWriter()));
        var clean = TempContent.Snapshot(SearchFolder(_content.Output));
        var shard = Directory.GetFiles(Path.Combine(SearchFolder(_content.Output), "zh", "terms"), "*.json").Order(StringComparer.Ordinal).First();
        File.WriteAllText(shard, "{\"cut off\": [0,");

        var diagnostics = new DiagnosticBag();
        var damaged = new EditionBuilder().Build(_content.Options(), diagnostics);

        Assert.True(damaged.Published);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCatalog.SearchIndexNotBuilt.Code);
        Assert.False(Directory.Exists(SearchFolder(_content.Output)));
        var next = new EditionBuilder().Build(_content.Options(), new DiagnosticBag());
        Assert.All(next.Documents, document => Assert.False(document.Unchanged));
        Assert.Equal(clean, TempContent.Snapshot(SearchFolder(_content.Output)));
    }

    [Fact]
    public void The_index_is_built_with_the_site_and_is_the_same_from_the_same_input()
    {
        var second = Path.Combine(_content.Root, "second");
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(), output));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(second), new StringWriter()));

        var first = TempContent.Snapshot(SearchFolder(_content.Output));
        Assert.Contains("zh/documents.json", first.Keys);
        Assert.Equal(first, TempContent.Snapshot(SearchFolder(second)));
        var documents = JsonDocument.Parse(File.ReadAllText(Path.Combine(SearchFolder(_content.Output), "zh", "documents.json"))).RootElement;
        Assert.Equal("zh/A/C.3/79/L.34/", documents[0][0].GetString());
        Assert.Equal([0], Postings(SearchFolder(_content.Output), "牢营").Where((_, i) => i % 2 == 0));
    }

    [Fact]
    public void A_rebuild_indexes_the_changed_text_as_a_clean_build_does_without_building_the_other_documents()
    {
        var other = Path.Combine(_content.Content, "S-RES-2446(2018)");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "document.yml"), "symbol: S/RES/2446 (2018)\nbody: Security Council\ndistribution: general\noriginalLanguage: en\nversions:\n  - language: zh-Hans\n    source: zh-Hans.md\n");
        File.Copy(Path.Combine(Golden.CasesDirectory, "corpus/zh-sres-2446.txt"), Path.Combine(other, "zh-Hans.md"));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(), new StringWriter()));
        var before = TempContent.Snapshot(SearchFolder(_content.Output));
        Assert.Empty(Postings(SearchFolder(_content.Output), "犯收"));

        File.WriteAllText(_content.SeedSource, File.ReadAllText(_content.SeedSource).Replace("政治犯牢营", "政治犯收容营", StringComparison.Ordinal));
        var rebuild = new EditionBuilder().Build(_content.Options(), new DiagnosticBag());
        var clean = Path.Combine(_content.Root, "clean");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(clean), new StringWriter()));

        Assert.Contains(rebuild.Documents, d => d.Symbol == "S/RES/2446(2018)" && d.Unchanged);
        Assert.Contains(rebuild.Documents, d => d.Symbol == "A/C.3/79/L.34" && !d.Unchanged);
        var after = TempContent.Snapshot(SearchFolder(_content.Output));
        Assert.NotEqual(before, after);
        Assert.Equal(TempContent.Snapshot(SearchFolder(clean)), after);
        Assert.Equal([0, 1], Postings(SearchFolder(_content.Output), "犯收"));
    }

    // The documents and counts the index gives a Chinese term: [document, count, …], each document written in the
    // index as the difference from the one before.
    private static List<int> Postings(string index, string term)
    {
        var shard = Path.Combine(index, "zh", "terms", $"{char.ConvertToUtf32(term, 0):x}.json");
        if (!File.Exists(shard) || !JsonDocument.Parse(File.ReadAllText(shard)).RootElement.TryGetProperty(term, out var found))
        {
            return [];
        }

        var written = found.EnumerateArray().Select(n => n.GetInt32()).ToList();
        var postings = new List<int>(written.Count);
        var document = 0;
        for (var i = 0; i < written.Count; i += 2)
        {
            document += written[i];
            postings.AddRange([document, written[i + 1]]);
        }

        return postings;
    }
}
