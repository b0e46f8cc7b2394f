using SiteGen.Core.Loading;

namespace SiteGen.Tests.Loading;

/// <summary>
/// <see cref="ContentWalk"/> finds what <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> finds,
/// and given the last walk's record it trusts a folder whose time is unchanged and lists again one that changed.
/// </summary>
public sealed class ContentWalkTests : IDisposable
{
    private static readonly DateTime Always = DateTime.MaxValue;

    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("sitegen-walk-");

    public void Dispose() => _content.Delete(recursive: true);

    [Fact]
    public void A_walk_finds_every_metadata_file_at_any_depth_as_dotnet_does_but_not_through_links_to_folders()
    {
        Write("document.yml");
        for (var i = 0; i < 20; i++)
        {
            Write($"A-C.3-79-L.{i}/document.yml");
            Write($"A-C.3-79-L.{i}/zh-Hans.md");
        }

        Write("A/C.3/79/L.34/document.yml");
        Write("A/C.3/79/document.yml");
        Write("S/RES/2720(2023)/document.yml");
        Write("other/document.yml.bak");
        Write("other/Document.yml");
        Write("other/document.yml/document.yml");
        Directory.CreateSymbolicLink(Path.Combine(_content.FullName, "linked"), Path.Combine(_content.FullName, "A"));

        var (files, root) = ContentWalk.Find(_content.FullName, null, DateTime.MinValue)!.Value;

        // What .NET finds, except through the link to a folder, which is not followed (it could lead out of the
        // content folder, or round in it): 21 at the top level and in its folders, 3 deeper, 1 below a folder
        // named like the file.
        var linked = Path.Combine(_content.FullName, "linked") + Path.DirectorySeparatorChar;
        Assert.Equal(
            Directory.EnumerateFiles(_content.FullName, ContentLoader.MetadataFileName, SearchOption.AllDirectories)
                .Where(file => !file.StartsWith(linked, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
            files);
        Assert.Equal(25, files.Length);
        Assert.Equal(_content.FullName, root.Name);
        Assert.True(root.HasMetadata);
        Assert.Equal(root.Subfolders.Select(f => f.Name).Order(StringComparer.Ordinal), root.Subfolders.Select(f => f.Name));
        Assert.Equal(new DirectoryInfo(Path.Combine(_content.FullName, "A", "C.3")).LastWriteTimeUtc.Ticks, root.Find("A")!.Find("C.3")!.WriteTicks);
    }

    [Fact]
    public void An_unchanged_content_folder_is_its_record_and_a_record_is_trusted_only_when_its_time_is_old_enough()
    {
        Write("A-C.3-79-L.34/document.yml");
        Write("A-C.3-79-L.35/document.yml");
        var first = ContentWalk.Find(_content.FullName, null, DateTime.MinValue)!.Value;

        var again = ContentWalk.Find(_content.FullName, first.Root, Always)!.Value;
        Assert.Same(first.Root, again.Root);
        Assert.Equal(first.Files, again.Files);

        // A record saying a folder holds no metadata file, at the folder's own time: trusted, the folder is not
        // listed; too recent to trust, it is.
        var wrong = first.Root with { Subfolders = [first.Root.Subfolders[0] with { HasMetadata = false }, first.Root.Subfolders[1]] };
        Assert.Equal([Metadata("A-C.3-79-L.35")], ContentWalk.Find(_content.FullName, wrong, Always)!.Value.Files);
        Assert.Equal(first.Files, ContentWalk.Find(_content.FullName, wrong, DateTime.MinValue)!.Value.Files);
    }

    [Fact]
    public void A_folder_added_deep_below_or_removed_is_seen_through_the_times_of_the_folders_that_hold_them()
    {
        Write("A/C.3/79/L.34/document.yml");
        Write("A-C.3-79-L.35/document.yml");
        // Recorded at a time long gone, so that a change now shows whatever the file system's resolution.
        foreach (var folder in _content.EnumerateDirectories("*", SearchOption.AllDirectories).Append(_content))
        {
            folder.LastWriteTimeUtc = new DateTime(2024, 11, 20, 9, 30, 0, DateTimeKind.Utc);
        }

        var first = ContentWalk.Find(_content.FullName, null, DateTime.MinValue)!.Value;

        Write("A/C.3/79/L.36/document.yml");
        Directory.Delete(Path.Combine(_content.FullName, "A-C.3-79-L.35"), recursive: true);
        var (files, root) = ContentWalk.Find(_content.FullName, first.Root, Always)!.Value;

        Assert.Equal([Metadata("A/C.3/79/L.34"), Metadata("A/C.3/79/L.36")], files);
        Assert.Equal(["A"], root.Subfolders.Select(f => f.Name));
        Assert.Same(first.Root.Find("A")!.Find("C.3")!.Find("79")!.Find("L.34"), root.Find("A")!.Find("C.3")!.Find("79")!.Find("L.34"));
        Assert.Null(ContentWalk.Find(Path.Combine(_content.FullName, "missing"), null, DateTime.MinValue));
    }

    private string Metadata(string folder) => Path.Combine(_content.FullName, folder, ContentLoader.MetadataFileName);

    private void Write(string relativePath)
    {
        var path = Path.Combine(_content.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "symbol: A/C.3/79/L.34\n");
    }
}
