using SiteGen.Core.Publishing;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// A rebuild puts its new generation on disk by flushing the files it wrote, never the whole file system (which also
/// waits for every other program's unwritten changes); a build that writes most of the site flushes the file system.
/// </summary>
public sealed class GenerationFlushTests : IDisposable
{
    private static readonly string[] SiteFiles = ["index.html", "en/A/1/index.html", "en/A/2/index.html", "fr/A/1/index.html"];

    private readonly string _output = Directory.CreateTempSubdirectory("sitegen-flush-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void A_build_that_writes_most_of_the_site_flushes_the_file_system_where_it_can()
    {
        var flushed = PublishAll();

        Assert.Equal(SystemCalls.CanFlushFileSystem, flushed.FileSystem);
        Assert.Equal(SystemCalls.CanFlushFileSystem ? 0 : SiteFiles.Length, flushed.Files);
    }

    [Fact]
    public void A_rebuild_in_a_new_generation_flushes_only_the_file_it_wrote()
    {
        PublishAll();

        var flushed = Rebuild(liveFiles: null);

        Assert.False(flushed.FileSystem);
        Assert.Equal(1, flushed.Files);
        AssertPublished("changed");
    }

    [Fact]
    public void A_rebuild_that_reuses_the_replaced_generation_flushes_only_the_file_it_wrote()
    {
        PublishAll();
        Assert.False(Rebuild(Recorded()).FileSystem);
        Assert.True(File.Exists(Path.Combine(_output, StagedOutput.GenerationsFolderName, "reusable")));

        var flushed = Rebuild(Recorded(), "changed again");

        Assert.False(flushed.FileSystem);
        Assert.Equal(1, flushed.Files);
        Assert.Equal(["000002", "000003"], SiteGen.Tests.Support.TempContent.Generations(_output));
        AssertPublished("changed again");
    }

    [Fact]
    public void A_rebuild_flushes_the_search_index_it_writes_before_the_switch()
    {
        PublishAll();
        using var staging = new StagedOutput(_output, site => WriteFile(site, "search/en/terms/a.json", "{}"), incremental: true, writesMost: false);
        WriteFile(staging.SiteDirectory, SiteFiles[1], "changed");

        staging.PublishChanges(SiteFiles);

        Assert.False(staging.Flushed!.FileSystem);
        Assert.Equal(2, staging.Flushed.Files);
    }

    private GenerationFlushed PublishAll()
    {
        using var staging = new StagedOutput(_output, incremental: true, writesMost: true);
        foreach (var file in SiteFiles)
        {
            WriteFile(staging.SiteDirectory, file, file);
        }

        staging.Publish();
        return staging.Flushed!;
    }

    private GenerationFlushed Rebuild(IReadOnlyDictionary<string, RecordedFile>? liveFiles, string text = "changed")
    {
        using var staging = new StagedOutput(_output, incremental: true, writesMost: false);
        WriteFile(staging.SiteDirectory, SiteFiles[1], text);
        staging.PublishChanges(SiteFiles, liveFiles);
        return staging.Flushed!;
    }

    // What the live site holds, as a build history records it.
    private Dictionary<string, RecordedFile> Recorded() => SiteFiles.ToDictionary(
        path => path,
        path =>
        {
            var file = new FileInfo(Path.Combine(StagedOutput.PublishedSiteIn(_output), path));
            return new RecordedFile(path, file.Length, file.LastWriteTimeUtc.Ticks);
        },
        StringComparer.Ordinal);

    private void AssertPublished(string changed)
    {
        var site = StagedOutput.PublishedSiteIn(_output);
        Assert.Equal(changed, File.ReadAllText(Path.Combine(site, SiteFiles[1])));
        Assert.Equal(SiteFiles[2], File.ReadAllText(Path.Combine(site, SiteFiles[2])));
        Assert.Equal(SiteFiles.Length, Directory.GetFiles(site, "*", SearchOption.AllDirectories).Length);
    }

    private static void WriteFile(string site, string path, string text)
    {
        var file = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
