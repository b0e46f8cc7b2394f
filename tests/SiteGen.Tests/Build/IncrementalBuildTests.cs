using SiteGen.Core.Build;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// A build keeps the published files of documents whose inputs have not changed, and its output is still the
/// output of a clean build, byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempContent _content = new();

    public IncrementalBuildTests()
    {
        // Three more documents made from the seed, each with its own symbol.
        foreach (var number in new[] { 35, 36, 37 })
        {
            var folder = Path.Combine(_content.Content, $"A-C.3-79-L.{number}");
            Directory.CreateDirectory(folder);
            File.Copy(_content.SeedSource, Path.Combine(folder, "zh-Hans.md"));
            File.WriteAllText(
                Path.Combine(folder, "document.yml"),
                File.ReadAllText(Path.Combine(_content.Content, "A-C.3-79-L.34", "document.yml"))
                    .Replace("symbol: A/C.3/79/L.34", $"symbol: A/C.3/79/L.{number}", StringComparison.Ordinal));
        }

        // Files last changed an hour ago: their recorded length and time are trusted, so the second build takes
        // them from the manifest without reading them; a file a test edits is newer and is read again.
        foreach (var file in Directory.EnumerateFiles(_content.Content, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_second_build_renders_only_the_document_that_changed_and_publishes_what_a_clean_build_would()
    {
        Assert.All(Build().Documents, d => Assert.False(d.Unchanged));
        var changed = Path.Combine(_content.Content, "A-C.3-79-L.36", "zh-Hans.md");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("回顾大会", "回顾联合国大会", StringComparison.Ordinal));

        var second = Build();

        Assert.Equal(["A/C.3/79/L.36"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_source_saved_again_without_changes_is_not_rendered_again_and_the_index_is_kept()
    {
        Build();
        var index = Path.Combine(_content.Output, "site", "index.html");
        var indexWritten = File.GetLastWriteTimeUtc(index);
        File.SetLastWriteTimeUtc(_content.SeedSource, DateTime.UtcNow.AddMinutes(1));

        var second = Build();

        Assert.All(second.Documents, d => Assert.True(d.Unchanged));
        Assert.Equal(indexWritten, File.GetLastWriteTimeUtc(index));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_changed_metadata_file_is_read_again()
    {
        Build();
        var metadata = Path.Combine(_content.Content, "A-C.3-79-L.35", "document.yml");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("date: 2024-11-20", "date: 2024-11-21", StringComparison.Ordinal));

        var second = Build();

        Assert.Equal(["A/C.3/79/L.35"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        AssertSameAsCleanBuild();
    }

    [Theory]
    [InlineData("A-C.3-79-L.38")]
    [InlineData("A-C.3-79-L.35/annex")]
    public void A_document_added_in_a_new_folder_is_found_even_below_an_unchanged_one(string folder)
    {
        Build();
        var added = Path.Combine(_content.Content, folder);
        Directory.CreateDirectory(added);
        File.Copy(_content.SeedSource, Path.Combine(added, "zh-Hans.md"));
        File.WriteAllText(
            Path.Combine(added, "document.yml"),
            File.ReadAllText(Path.Combine(_content.Content, "A-C.3-79-L.34", "document.yml")).Replace("symbol: A/C.3/79/L.34", "symbol: A/C.3/79/L.38", StringComparison.Ordinal));

        var second = Build();

        Assert.Equal(["A/C.3/79/L.38"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        Assert.Equal(5, second.Documents.Count);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_removed_document_takes_its_files_and_folders_with_it()
    {
        Build();
        Directory.Delete(Path.Combine(_content.Content, "A-C.3-79-L.37"), recursive: true);

        var second = Build();

        Assert.Equal(3, second.Documents.Count);
        Assert.All(second.Documents, d => Assert.True(d.Unchanged));
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.37")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_changed_template_renders_every_document_again()
    {
        Build();
        var template = Path.Combine(_content.Templates, "site", "document.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("<main id=\"main\"", "<main class=\"edited\" id=\"main\"", StringComparison.Ordinal));

        var second = Build();

        Assert.All(second.Documents, d => Assert.False(d.Unchanged));
        Assert.Contains("class=\"edited\"", File.ReadAllText(Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.35", "index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_published_file_deleted_by_hand_is_written_again()
    {
        Build();
        var page = Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.35", "index.html");
        File.Delete(page);

        var second = Build();

        Assert.Equal(["A/C.3/79/L.35"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        Assert.True(File.Exists(page));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_site_and_its_manifest_untouched()
    {
        Build();
        var before = TempContent.Published(_content.Output);
        File.WriteAllText(_content.SeedSource, File.ReadAllText(_content.SeedSource).Replace("¹⁶ 见《", "见《", StringComparison.Ordinal));

        var diagnostics = new DiagnosticBag();
        Assert.False(new EditionBuilder().Build(_content.Options(), diagnostics).Published);

        Assert.Contains(diagnostics.Items, d => d.Code == "SG2001");
        Assert.Equal(before, TempContent.Published(_content.Output));
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("garbage")]
    [InlineData("former JSON")]
    public void A_damaged_or_former_manifest_costs_a_full_build_and_nothing_else(string damage)
    {
        Build();
        var manifest = BuildManifest.PathIn(_content.Output);
        var former = Path.Combine(_content.Output, "build-manifest.json");
        var bytes = File.ReadAllBytes(manifest);
        switch (damage)
        {
            case "cut short":
                File.WriteAllBytes(manifest, bytes[..(bytes.Length / 2)]);
                break;
            case "garbage":
                // The first bytes kept (tag, version, build key), then a count far larger than the file.
                bytes.AsSpan(60).Fill(0x7F);
                File.WriteAllBytes(manifest, bytes);
                break;
            default:
                File.Move(manifest, former);
                File.WriteAllText(former, "{\"version\":4,\"documents\":[]}");
                break;
        }

        var second = Build();

        Assert.All(second.Documents, d => Assert.False(d.Unchanged));
        Assert.False(File.Exists(former));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_manifest_reads_back_what_was_written_down_to_the_last_diagnostic()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "SG2101", "content/A-C.3-79-L.35/zh-Hans.md", 12, 3, "脚注 ¹ 未被引用");
        var stamp = new FileStamp(35712, 638_000_000_000_000_000);
        var metadata = new DocumentMetadata("A/C.3/79/L.35", "zh-Hans", IssuingBody.SecurityCouncil, "limited", "en", new DateOnly(2024, 11, 20));
        var written = BuildManifest.Create(
            "build",
            UInt128.MaxValue / 3,
            ["index.html", "404.html"],
            [
                new PublishedDocument(UInt128.MaxValue - 1, new SourceStamp(stamp, 1), "A/C.3/79/L.35", "zh-Hans", OutputFormats.Site | OutputFormats.Epub, "标题", 93, 35, 161_454, [diagnostic]),
                new PublishedDocument(2, new SourceStamp(stamp, UInt128.MaxValue), "A/C.3/79/L.35", "en", OutputFormats.Model, "Title", 93, 35, 161_454, []),
            ],
            [
                new MetadataRecord("/content/A-C.3-79-L.35/document.yml", stamp, [new DocumentSource("/content/a.md", "content/a.md", metadata)]),
                new MetadataRecord("/content/b/document.yml", stamp, [new DocumentSource("/content/b.md", "content/b.md", metadata with { Date = null })]),
            ],
            new ContentFolder("/content", 638_000_000_000_000_001, false, [
                new ContentFolder("A-C.3-79-L.35", 638_000_000_000_000_002, true, []),
                new ContentFolder("b", 638_000_000_000_000_003, true, [new ContentFolder("c", 4, false, [])]),
            ]));
        Directory.CreateDirectory(_content.Output);
        written.Save(_content.Output);

        var read = BuildManifest.Load(_content.Output, "build");

        Assert.NotNull(read);
        Assert.Equal(written.WorkingDirectory, read.WorkingDirectory);
        Assert.Equal(written.SiteFiles, read.SiteFiles);
        Assert.Equal(written.SiteKey, read.SiteKey);
        Assert.Equal(2, read.Documents.Count);
        Assert.Equal(written.Documents.Select(d => d with { Diagnostics = [] }), read.Documents.Select(d => d with { Diagnostics = [] }));
        Assert.Equal([diagnostic], read.Documents[0].Diagnostics);
        Assert.Empty(read.Documents[1].Diagnostics);
        Assert.Equal("zh/A/C.3/79/L.35/", read.Documents[0].Folder);
        Assert.Equal(["A-C.3-79-L.35.zh.epub", "index.html"], read.Documents[0].Files);
        Assert.Equal(["A-C.3-79-L.35.en.json"], read.Documents[1].Files);
        Assert.Equal(["zh/A/C.3/79/L.35/A-C.3-79-L.35.zh.epub", "zh/A/C.3/79/L.35/index.html"], read.Documents[0].SitePaths);
        // Symbols and languages recur from record to record, and are read once.
        Assert.Same(read.Documents[0].Symbol, read.Documents[1].Symbol);
        Assert.Same(read.Documents[0].Language, read.MetadataFiles[0].Sources[0].Metadata.Language);
        Assert.Equal(written.MetadataFiles.Select(r => (r.Path, r.Stamp)), read.MetadataFiles.Select(r => (r.Path, r.Stamp)));
        Assert.Equal(written.MetadataFiles.SelectMany(r => r.Sources), read.MetadataFiles.SelectMany(r => r.Sources));
        Assert.Equal(Folders(written.Content!), Folders(read.Content!));
        Assert.Null(BuildManifest.Load(_content.Output, "another build"));
    }

    [Fact]
    public void A_manifest_cut_short_anywhere_is_no_manifest()
    {
        Build();
        var manifest = BuildManifest.PathIn(_content.Output);
        var bytes = File.ReadAllBytes(manifest);
        var buildKey = BuildManifest.Load(_content.Output, ReadBuildKey(bytes))?.BuildKey;
        Assert.NotNull(buildKey);

        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(manifest, bytes[..length]);
            Assert.Null(BuildManifest.Load(_content.Output, buildKey));
        }

        File.WriteAllBytes(manifest, [.. bytes, 0]);
        Assert.Null(BuildManifest.Load(_content.Output, buildKey));
    }

    // Every folder of a content record, each with its depth, in the order the walk visits them.
    private static IEnumerable<(int Depth, string Name, long WriteTicks, bool HasMetadata)> Folders(ContentFolder folder, int depth = 0) =>
        folder.Subfolders.SelectMany(subfolder => Folders(subfolder, depth + 1)).Prepend((depth, folder.Name, folder.WriteTicks, folder.HasMetadata));

    // The build key, as the manifest stores it: after the tag and the version, a string (one byte of length, then hex).
    private static string ReadBuildKey(byte[] manifest) => System.Text.Encoding.ASCII.GetString(manifest, 9, manifest[8]);

    private BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = new EditionBuilder().Build(_content.Options(), diagnostics);
        Assert.True(result.Published, string.Join("\n", diagnostics.Items));
        return result;
    }

    // The output folder (site and manifest) equals that of a clean build of the same input into another folder.
    private void AssertSameAsCleanBuild()
    {
        var clean = Path.Combine(_content.Root, "clean");
        Assert.True(new EditionBuilder().Build(_content.Options(clean) with { Incremental = false }, new DiagnosticBag()).Published);
        Assert.Equal(TempContent.Published(clean), TempContent.Published(_content.Output));
        Assert.Equal(Folders(Path.Combine(clean, "site")), Folders(Path.Combine(_content.Output, "site")));
    }

    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal)];
}
