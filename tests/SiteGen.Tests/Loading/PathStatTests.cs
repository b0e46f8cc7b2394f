using SiteGen.Core.Loading;

namespace SiteGen.Tests.Loading;

/// <summary>
/// <see cref="PathStat"/> says of a path what .NET's <see cref="FileInfo"/> and <see cref="DirectoryInfo"/> say,
/// to the tick: a stamp taken one way is matched the other way, so a file read once is not read again.
/// </summary>
public sealed class PathStatTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitegen-pathstat-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_file_has_its_length_and_its_time_to_the_tick()
    {
        var path = Path.Combine(_folder.FullName, "zh-Hans.md");
        File.WriteAllText(path, "草案 A/C.3/79/L.34\n");
        // A time with a fraction of a second that is not a whole number of microseconds.
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 11, 20, 9, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567));

        var stat = PathStat.Of(path);

        Assert.Equal(PathKind.File, stat.Kind);
        Assert.Equal(new FileInfo(path).Length, stat.Length);
        Assert.Equal(new FileInfo(path).LastWriteTimeUtc, stat.LastWriteTimeUtc);
        Assert.Equal(PathStat.FromFileSystemInfo(path), stat);
    }

    [Fact]
    public void On_Linux_a_path_is_looked_at_with_one_system_call()
    {
        PathStat.Of(_folder.FullName);

        Assert.Equal(OperatingSystem.IsLinux(), PathStat.UsesStatx);
    }

    [Fact]
    public void A_folder_is_a_directory_with_its_time()
    {
        var stat = PathStat.Of(_folder.FullName);

        Assert.True(stat.IsDirectory);
        Assert.False(stat.IsFile);
        Assert.Equal(new DirectoryInfo(_folder.FullName).LastWriteTimeUtc, stat.LastWriteTimeUtc);
        Assert.Equal(PathStat.FromFileSystemInfo(_folder.FullName), stat);
    }

    [Fact]
    public void A_missing_path_and_a_path_through_a_file_are_missing()
    {
        var file = Path.Combine(_folder.FullName, "document.yml");
        File.WriteAllText(file, "symbol: A/C.3/79/L.34\n");

        Assert.Equal(default, PathStat.Of(Path.Combine(_folder.FullName, "missing.md")));
        Assert.Equal(default, PathStat.Of(Path.Combine(file, "below-a-file.md")));
        Assert.Equal(PathKind.Missing, PathStat.FromFileSystemInfo(Path.Combine(file, "below-a-file.md")).Kind);
    }

    [Fact]
    public void A_link_is_looked_through_to_what_it_links_to()
    {
        var target = Path.Combine(_folder.FullName, "target.md");
        File.WriteAllText(target, "正文\n");
        var link = Path.Combine(_folder.FullName, "link.md");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(PathStat.Of(target), PathStat.Of(link));
        Assert.Equal(new FileInfo(target).Length, PathStat.Of(link).Length);
    }

    [Fact]
    public void A_path_made_in_a_buffer_is_looked_at_as_the_same_path_as_a_string_short_or_long()
    {
        // Names in Chinese (three bytes each in UTF-8), and a path longer than the stack buffer (1024 bytes).
        var shallow = Path.Combine(_folder.FullName, "决议草案.md");
        File.WriteAllText(shallow, "草案\n");
        var deep = Path.Combine([_folder.FullName, .. Enumerable.Repeat("第三委员会", 80), "决议草案.md"]);
        Directory.CreateDirectory(Path.GetDirectoryName(deep)!);
        File.WriteAllText(deep, "草案\n");

        foreach (var path in new[] { shallow, deep, deep + "x", _folder.FullName })
        {
            var buffer = new char[path.Length + 8].AsSpan();
            path.CopyTo(buffer);
            Assert.Equal(PathStat.FromFileSystemInfo(path), PathStat.Of(buffer[..path.Length]));
        }

        Assert.True(PathStat.Of(deep.AsSpan()).IsFile);
        Assert.Equal(PathKind.Missing, PathStat.Of((deep + "x").AsSpan()).Kind);
    }

    [Fact]
    public void A_relative_path_is_taken_from_the_working_directory()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), _folder.FullName);

        Assert.Equal(PathStat.Of(_folder.FullName), PathStat.Of(relative));
    }
}
