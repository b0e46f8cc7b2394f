using System.Diagnostics;
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

    [Fact]
    public void A_rebuild_makes_the_generation_replaced_last_time_the_next_one_and_publishes_what_a_clean_build_would()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Another resolution", 3);
        Build();
        File.AppendAllText(_content.SeedSource, "\n");
        Build();
        var replaced = FolderIdentity(Generation("000001"));
        Assert.True(File.Exists(Marker));

        File.AppendAllText(_content.SeedSource, "\n");
        Build();

        Assert.Equal(["000002", "000003"], TempContent.Generations(_content.Output));
        Assert.Equal(replaced, FolderIdentity(Generation("000003")));
        Assert.StartsWith("reuse 000002\nlive 000003\n", File.ReadAllText(Marker), StringComparison.Ordinal);
        AssertSameAsCleanBuild();

        // Taken back: the generation reused again holds the first change, the new site the last.
        File.WriteAllText(_content.SeedSource, File.ReadAllText(_content.SeedSource).TrimEnd('\n') + "\n");
        Build();
        Assert.Equal(["000003", "000004"], TempContent.Generations(_content.Output));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_reused_generation_loses_the_files_of_a_removed_document_and_gains_those_of_an_added_one()
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Another resolution", 3);
        Build();
        File.AppendAllText(_content.SeedSource, "\n");
        Build();
        var first = FolderIdentity(Generation("000001"));

        Directory.Delete(Path.Combine(_content.Content, "A-79-L.99"), recursive: true);
        Build();
        Assert.Equal(first, FolderIdentity(Generation("000003")));
        Assert.False(Directory.Exists(Path.Combine(Site, "en", "A", "79")));
        AssertSameAsCleanBuild();

        var second = FolderIdentity(Generation("000002"));
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Another resolution", 3);
        Build();
        Assert.Equal(second, FolderIdentity(Generation("000004")));
        AssertSameAsCleanBuild();
    }

    [Theory]
    [InlineData("a file added")]
    [InlineData("a file removed")]
    [InlineData("a file replaced")]
    [InlineData("a folder added")]
    [InlineData("no marker")]
    [InlineData("a damaged marker")]
    public void A_replaced_generation_changed_since_it_was_marked_is_not_reused(string change)
    {
        GeneratedDocument.Write(_content.Content, "A/79/L.99", "Another resolution", 3);
        Build();
        File.AppendAllText(_content.SeedSource, "\n");
        Build();
        var replaced = Generation("000001");
        var identity = FolderIdentity(replaced);
        // A file the two generations share: one the marker does not name.
        var named = File.ReadAllLines(Marker).Select(line => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToHashSet();
        var index = Directory.EnumerateFiles(replaced, "*", SearchOption.AllDirectories)
            .First(file => !named.Contains(Path.GetRelativePath(replaced, file).Replace('\\', '/')));
        switch (change)
        {
            case "a file added":
                File.WriteAllText(Path.Combine(replaced, "zh", "stray.html"), "left by hand");
                break;
            case "a file removed":
                File.Delete(index);
                break;
            case "a file replaced":
                var text = File.ReadAllText(index);
                File.Delete(index);
                File.WriteAllText(index, text + " ");
                break;
            case "a folder added":
                Directory.CreateDirectory(Path.Combine(replaced, "zh", "empty"));
                break;
            case "no marker":
                // As a build killed after it began to change the generation leaves it.
                File.Delete(Marker);
                File.Delete(index);
                break;
            default:
                File.WriteAllText(Marker, "reuse 000001\nlive 000002\nchange index.html\n");
                break;
        }

        File.AppendAllText(_content.SeedSource, "\n");
        Build();

        Assert.Equal(["000002", "000003"], TempContent.Generations(_content.Output));
        Assert.NotEqual(identity, FolderIdentity(Generation("000003")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_build_that_fails_leaves_the_replaced_generation_reusable()
    {
        Build();
        File.AppendAllText(_content.SeedSource, "\n");
        Build();
        var identity = FolderIdentity(Generation("000001"));
        File.AppendAllText(_content.SeedSource, "\n");
        Assert.False(new EditionBuilder(staged => throw new UnauthorizedAccessException("Permission denied")).Build(_content.Options(), new DiagnosticBag()).Published);

        Build();

        Assert.Equal(identity, FolderIdentity(Path.Combine(_content.Output, "site") + "/"));
        AssertSameAsCleanBuild();
    }

    private string Marker => Path.Combine(_content.Output, ".generations", "reusable");

    private string Generation(string name) => Path.Combine(_content.Output, ".generations", name);

    private void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(_content.Root, $"clean-{Guid.NewGuid():N}");
        Assert.True(new EditionBuilder().Build(_content.Options(clean) with { Incremental = false }, new DiagnosticBag()).Published);
        Assert.Equal(TempContent.Snapshot(Path.Combine(clean, "site")), TempContent.Snapshot(Site));
    }

    // The folder's inode: the same folder under another name has the same one.
    private static string FolderIdentity(string folder)
    {
        var start = new ProcessStartInfo("stat", ["-L", "-c", "%i", folder]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var identity = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return identity;
    }
}
