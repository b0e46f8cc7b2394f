using SiteGen.Core.Loading;

namespace SiteGen.Tests.Loading;

/// <summary><see cref="ContentWalk"/> finds every metadata file at any depth, in path order, and nothing else, not through links to folders.</summary>
public sealed class ContentWalkTests : IDisposable
{
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("sitegen-walk-");

    public void Dispose() => _content.Delete(recursive: true);

    [Fact]
    public void A_walk_finds_every_metadata_file_at_any_depth_in_path_order_and_nothing_else()
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
        Write(".hidden/document.yml");
        Write("other/document.yml.bak");
        Write("other/Document.yml");
        Write("other/document.yml/document.yml");
        Directory.CreateSymbolicLink(Path.Combine(_content.FullName, "linked"), Path.Combine(_content.FullName, "A"));

        var files = ContentWalk.Find(_content.FullName)!;

        // 21 at the top level and in its folders, 3 deeper, 1 in a hidden folder, 1 below a folder named like the
        // file; none through the link to a folder, which is not followed (it could lead out of the content folder, or
        // round in it).
        Assert.Equal(26, files.Length);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.All(files, file => Assert.Equal(ContentLoader.MetadataFileName, Path.GetFileName(file)));
        Assert.Contains(Path.Combine(_content.FullName, "A", "C.3", "79", "L.34", "document.yml"), files);
        Assert.Contains(Path.Combine(_content.FullName, ".hidden", "document.yml"), files);
        Assert.DoesNotContain(files, file => file.Contains("linked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_content_folder_is_not_walked()
    {
        Assert.Null(ContentWalk.Find(Path.Combine(_content.FullName, "missing")));
    }

    private void Write(string relativePath)
    {
        var path = Path.Combine(_content.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "symbol: A/C.3/79/L.34\n");
    }
}
