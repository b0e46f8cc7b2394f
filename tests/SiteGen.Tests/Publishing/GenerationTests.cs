using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The site is published all at once: <c>output/site</c> is a link to one complete generation, switched by one
/// rename (issue 15, "Publishing is not atomic").
/// </summary>
public sealed class GenerationTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Site => Path.Combine(_content.Output, "site");

    private void Build(bool incremental = true)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(new EditionBuilder().Build(_content.Options() with { Incremental = incremental }, diagnostics).Published, string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void Each_build_publishes_a_new_generation_and_keeps_the_one_it_replaced_until_the_next_build()
    {
        Build();
        Assert.Equal(Path.Combine(".generations", "000001"), new DirectoryInfo(Site).LinkTarget);

        File.AppendAllText(_content.SeedSource, "\n");
        Build();
        Assert.Equal(Path.Combine(".generations", "000002"), new DirectoryInfo(Site).LinkTarget);
        Assert.Equal(["000001", "000002"], TempContent.Generations(_content.Output));

        Build(incremental: false);
        Assert.Equal(["000002", "000003"], TempContent.Generations(_content.Output));
    }

    [Fact]
    public void An_incremental_build_carries_unchanged_files_over_and_publishes_what_a_clean_build_would()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Another resolution", 3);
        Build();
        var before = TempContent.Published(_content.Output);
        var unchanged = Path.Combine("en", "A", "79", "L.99", "index.html");

        File.AppendAllText(_content.SeedSource, "\n");
        Build();

        // The unchanged page is carried over as it was; the replaced generation still holds the whole previous site.
        var generations = Path.Combine(_content.Output, ".generations");
        Assert.Equal(before[unchanged], TempContent.Published(_content.Output)[unchanged]);
        Assert.Equal(before.Where(f => f.Key != "../build-manifest.json").ToList(), TempContent.Snapshot(Path.Combine(generations, "000001")).ToList());
        var clean = Path.Combine(_content.Root, "clean");
        Assert.True(new EditionBuilder().Build(_content.Options(clean) with { Incremental = false }, new DiagnosticBag()).Published);
        Assert.Equal(TempContent.Snapshot(Path.Combine(clean, "site")), TempContent.Snapshot(Site));
    }

    [Fact]
    public void A_generation_left_by_a_killed_build_is_never_published_and_goes_with_the_next_build()
    {
        Build();
        var leftover = Path.Combine(_content.Output, ".generations", "000007");
        Directory.CreateDirectory(Path.Combine(leftover, "zh"));
        File.WriteAllText(Path.Combine(leftover, "zh", "half.html"), "<!DOCTYPE html><p>cut");
        File.CreateSymbolicLink(Path.Combine(_content.Output, ".site-000007"), Path.Combine(".generations", "000007"));

        File.AppendAllText(_content.SeedSource, "\n");
        Build();

        Assert.Equal(Path.Combine(".generations", "000008"), new DirectoryInfo(Site).LinkTarget);
        Assert.False(File.Exists(Path.Combine(Site, "zh", "half.html")));
        Assert.Equal(["000001", "000008"], TempContent.Generations(_content.Output));
        Assert.False(File.Exists(Path.Combine(_content.Output, ".site-000007")));
    }

    [Fact]
    public void A_site_published_as_a_folder_by_an_earlier_version_is_replaced_by_a_generation()
    {
        Build();
        var generation = Path.Combine(_content.Output, ".generations", "000001");
        File.Delete(Site);
        Directory.Move(generation, Site);
        File.Delete(Path.Combine(_content.Output, "build-manifest.json"));
        var before = TempContent.Snapshot(Site);

        Build();

        Assert.Equal(Path.Combine(".generations", "000001"), new DirectoryInfo(Site).LinkTarget);
        Assert.Equal(before, TempContent.Snapshot(Site));
    }

    [Fact]
    public void A_build_that_fails_after_its_documents_are_written_removes_its_generation_and_the_site_stays()
    {
        Build();
        var before = TempContent.Published(_content.Output);
        File.AppendAllText(_content.SeedSource, "\n");
        var builder = new EditionBuilder(staged => throw new UnauthorizedAccessException("Permission denied"));
        var diagnostics = new DiagnosticBag();

        Assert.False(builder.Build(_content.Options(), diagnostics).Published);

        Assert.Equal("SG5003", Assert.Single(diagnostics.Items).Code);
        Assert.Equal(before, TempContent.Published(_content.Output));
        Assert.Equal(["000001"], TempContent.Generations(_content.Output));
    }
}
