using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// <c>build</c> and its search index: made by the Pagefind it is given (or finds), said in one line when there is
/// none, the same bytes from the same input, and made again when a rebuild changes a page.
/// </summary>
public sealed class SearchIndexBuildTests : IDisposable
{
    private static readonly string Pagefind = Path.Combine(RepositoryPaths.NodeModules, "@pagefind", "linux-x64", "bin", "pagefind_extended");

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string SearchFolder(string output) => Path.Combine(output, "site", "pagefind");

    [Fact]
    public void Without_pagefind_the_build_publishes_the_site_and_says_so_in_one_line()
    {
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Pagefind = Path.Combine(_content.Root, "no-pagefind") }, output));

        Assert.Single(output.ToString().Split('\n'), line => line.StartsWith("search index not built: pagefind not found", StringComparison.Ordinal));
        Assert.False(Directory.Exists(SearchFolder(_content.Output)));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "search", "index.html")));
    }

    [Fact]
    public void Without_search_the_site_is_published_without_an_index_even_where_pagefind_is_given()
    {
        ExternalTool.Require(Pagefind, "npm package pagefind (tests/tools/package.json)");
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Pagefind = Pagefind, Search = false }, output));

        Assert.DoesNotContain("search index not built", output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(SearchFolder(_content.Output)));
        Assert.True(File.Exists(Path.Combine(_content.Output, "site", "zh", "search", "index.html")));
    }

    [Fact]
    public void With_pagefind_the_index_is_built_and_is_the_same_from_the_same_input()
    {
        ExternalTool.Require(Pagefind, "npm package pagefind (tests/tools/package.json)");
        var second = Path.Combine(_content.Root, "second");
        var output = new StringWriter();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options() with { Pagefind = Pagefind }, output));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(_content.Options(second) with { Pagefind = Pagefind }, new StringWriter()));

        Assert.DoesNotContain("search index not built", output.ToString(), StringComparison.Ordinal);
        var first = TempContent.Snapshot(SearchFolder(_content.Output));
        Assert.Contains("pagefind.js", first.Keys);
        Assert.Equal(first, TempContent.Snapshot(SearchFolder(second)));
    }

    [Fact]
    public void A_rebuild_indexes_the_changed_text()
    {
        ExternalTool.Require(Pagefind, "npm package pagefind (tests/tools/package.json)");
        var options = _content.Options() with { Pagefind = Pagefind };
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, new StringWriter()));
        var before = TempContent.Snapshot(SearchFolder(_content.Output));

        File.WriteAllText(_content.SeedSource, File.ReadAllText(_content.SeedSource).Replace("政治犯牢营", "政治犯收容营", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, new StringWriter()));

        var after = TempContent.Snapshot(SearchFolder(_content.Output));
        Assert.Contains("pagefind.js", after.Keys);
        Assert.NotEqual(before, after);
    }
}
