using SiteGen.Core.Loading;

namespace SiteGen.Tests.Loading;

/// <summary>
/// The search for metadata files finds what .NET's own recursive enumeration finds, at any depth and through
/// links to folders; a folder whose time is the one recorded is taken from the last build's listing, any other is
/// listed again.
/// </summary>
public sealed class MetadataFileSearchTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sitegen-search-");

    public MetadataFileSearchTests()
    {
        Write("document.yml");
        Write("A-C.3-79-L.34/document.yml");
        Write("A-C.3-79-L.34/zh-Hans.md");
        Write("A-C.3-79-L.34/annex/document.yml");
        Write("drafts/2024/A-C.3-79-L.35/document.yml");
        Write("drafts/notes.txt");
        Write(".hidden/document.yml");
        Write("named-like-one/document.yml/document.yml");
        Write("DOCUMENT.YML");
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "linked"), Path.Combine(_root.FullName, "A-C.3-79-L.34"));
    }

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void It_finds_what_a_recursive_enumeration_finds_in_path_order()
    {
        var found = ContentLoader.FindMetadataFiles(_root.FullName, null, out var folders);

        Assert.Equal(Enumerated(), found);
        Assert.Contains(Path.Combine(_root.FullName, "linked", "annex", "document.yml"), found!);
        Assert.Contains(folders, folder => folder.Path == Path.Combine(_root.FullName, "drafts", "2024") && folder.Subfolders.SequenceEqual(["A-C.3-79-L.35"]) && !folder.HasMetadata);
    }

    [Fact]
    public void A_folder_with_its_recorded_time_is_not_listed_again_and_a_changed_one_is()
    {
        SetAllTimes(DateTime.UtcNow.AddHours(-1));
        ContentLoader.FindMetadataFiles(_root.FullName, null, out var folders);
        var root = folders.Single(f => f.Path == _root.FullName);

        // A record that says the top folder is empty stands as long as the folder's time is the recorded one.
        var emptied = new MetadataCache(Directory.GetCurrentDirectory(), DateTime.UtcNow, [], [root with { Subfolders = [], HasMetadata = false }]);
        Assert.Empty(ContentLoader.FindMetadataFiles(_root.FullName, emptied, out _)!);

        // Every folder as recorded: the same files. Then a new document in an unchanged folder's subfolder.
        var cache = new MetadataCache(Directory.GetCurrentDirectory(), DateTime.UtcNow, [], folders);
        Assert.Equal(Enumerated(), ContentLoader.FindMetadataFiles(_root.FullName, cache, out _));
        Write("drafts/2024/A-C.3-79-L.36/document.yml");
        Assert.Equal(Enumerated(), ContentLoader.FindMetadataFiles(_root.FullName, cache, out _));

        // A new folder at the top changes the top folder's time: the record that says it is empty no longer stands.
        Write("A-C.3-79-L.37/document.yml");
        Assert.Equal(Enumerated(), ContentLoader.FindMetadataFiles(_root.FullName, emptied, out _));
    }

    [Fact]
    public void A_folder_changed_too_recently_for_its_time_to_tell_is_listed_again()
    {
        ContentLoader.FindMetadataFiles(_root.FullName, null, out var folders);
        var root = folders.Single(f => f.Path == _root.FullName);
        var trustedBefore = Directory.GetLastWriteTimeUtc(_root.FullName);

        var cache = new MetadataCache(Directory.GetCurrentDirectory(), trustedBefore, [], [root with { Subfolders = [], HasMetadata = false }]);

        Assert.Equal(Enumerated(), ContentLoader.FindMetadataFiles(_root.FullName, cache, out _));
    }

    [Fact]
    public void A_missing_content_folder_is_null()
    {
        Assert.Null(ContentLoader.FindMetadataFiles(Path.Combine(_root.FullName, "missing"), null, out var folders));
        Assert.Empty(folders);
    }

    private string[] Enumerated() =>
        [.. Directory.EnumerateFiles(_root.FullName, ContentLoader.MetadataFileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private void Write(string relative)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "symbol: A/C.3/79/L.34\n");
    }

    private void SetAllTimes(DateTime time)
    {
        foreach (var folder in Directory.EnumerateDirectories(_root.FullName, "*", SearchOption.AllDirectories).Append(_root.FullName))
        {
            Directory.SetLastWriteTimeUtc(folder, time);
        }
    }
}
