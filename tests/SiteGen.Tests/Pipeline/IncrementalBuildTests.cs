using SiteGen.Core.Incremental;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

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
    [InlineData("not JSON")]
    [InlineData("another format")]
    [InlineData("a member of another kind")]
    [InlineData("a document's record null")]
    [InlineData("former binary manifest")]
    [InlineData("citations missing")]
    [InlineData("citations cut short")]
    [InlineData("citations of another edition")]
    public void A_damaged_or_former_manifest_costs_a_full_build_and_nothing_else(string damage)
    {
        Build();
        var manifest = BuildManifest.PathIn(_content.Output);
        var former = Path.Combine(_content.Output, "build-manifest");
        var text = File.ReadAllText(manifest);
        switch (damage)
        {
            case "cut short":
                File.WriteAllText(manifest, text[..(text.Length / 2)]);
                break;
            case "not JSON":
                File.WriteAllBytes(manifest, [0x53, 0x47, 0x42, 0x4D, 7, 0, 0, 0]);
                break;
            case "another format":
                File.WriteAllText(manifest, text.Replace($"\"format\":{BuildManifest.CurrentFormat}", "\"format\":7", StringComparison.Ordinal));
                break;
            case "a member of another kind":
                File.WriteAllText(manifest, text.Replace($"\"format\":{BuildManifest.CurrentFormat}", "\"format\":\"eleven\"", StringComparison.Ordinal));
                break;
            case "a document's record null":
                File.WriteAllText(manifest, text.Replace("\"documents\":[{", "\"documents\":[null,{", StringComparison.Ordinal));
                break;
            case "citations missing":
                File.Delete(CitationFile.PathIn(_content.Output));
                break;
            case "citations cut short":
                File.WriteAllText(CitationFile.PathIn(_content.Output), File.ReadAllText(CitationFile.PathIn(_content.Output))[..100]);
                break;
            case "citations of another edition":
                File.WriteAllText(CitationFile.PathIn(_content.Output), "{\"0123\":[[\"A/RES/78/218\",\"pp2\"]]}");
                break;
            default:
                File.Move(manifest, former);
                break;
        }

        var second = Build();

        Assert.All(second.Documents, d => Assert.False(d.Unchanged));
        Assert.False(File.Exists(former));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_manifest_is_json_that_reads_back_what_was_written_down_to_the_last_diagnostic()
    {
        Build();
        var manifest = BuildManifest.PathIn(_content.Output);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest)))
        {
            var documents = json.RootElement.GetProperty("documents");
            Assert.Equal(4, documents.GetArrayLength());
            Assert.Equal("A/C.3/79/L.34", documents[0].GetProperty("symbol").GetString());
            Assert.Equal("zh/A/C.3/79/L.34/index.html", documents[0].GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Last());
        }

        var buildKey = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("buildKey").GetString()!;
        var read = BuildManifest.Load(_content.Output, buildKey)!;
        var diagnostic = new Diagnostic(Severity.Warning, "SG2101", "content/A-C.3-79-L.35/zh-Hans.md", 12, 3, "脚注 ¹ 未被引用");
        var written = read with { Documents = [read.Documents[0] with { Diagnostics = [diagnostic] }, .. read.Documents.Skip(1)] };
        written.Save(_content.Output);

        var again = BuildManifest.Load(_content.Output, buildKey)!;

        Assert.Equal([diagnostic], again.Documents[0].Diagnostics);
        Assert.Equal(written.Documents.Select(d => d with { Diagnostics = [], Files = [] }), again.Documents.Select(d => d with { Diagnostics = [], Files = [] }));
        Assert.Equal(written.Documents.SelectMany(d => d.Files), again.Documents.SelectMany(d => d.Files));
        Assert.Equal(written.Edition, again.Edition);
        Assert.Null(again.Documents[0].Citations);
        Assert.NotEmpty(CitationFile.Load(_content.Output)!.Of(again.Documents[0].Key)!);
        Assert.Equal(written.SiteFiles, again.SiteFiles);
        Assert.Equal(written.SiteFiles, again.SiteFiles);
        Assert.Equal(written.MetadataFiles.Select(r => (r.Path, r.Stamp)), again.MetadataFiles.Select(r => (r.Path, r.Stamp)));
        Assert.Equal(written.MetadataFiles.SelectMany(r => r.Sources), again.MetadataFiles.SelectMany(r => r.Sources));
        Assert.Null(BuildManifest.Load(_content.Output, "another build"));
    }

    [Fact]
    public void A_rebuild_copies_the_records_it_keeps_into_the_manifest_as_a_manifest_written_anew_would_hold_them()
    {
        Build();
        var changed = Path.Combine(_content.Content, "A-C.3-79-L.36", "zh-Hans.md");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("回顾大会", "回顾联合国大会", StringComparison.Ordinal));
        Build();
        var manifest = BuildManifest.PathIn(_content.Output);
        var buildKey = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("buildKey").GetString()!;
        var read = BuildManifest.Load(_content.Output, buildKey)!;

        // Every record a new object: nothing to copy, each one written by the serializer.
        var anew = new BuildManifest(read.Format, read.BuildKey, read.Edition, read.SiteKey, read.SiteFiles, [.. read.Documents.Select(d => d with { })], read.WorkingDirectory, [.. read.MetadataFiles.Select(m => m with { })]);
        var copied = File.ReadAllBytes(manifest);
        anew.Save(_content.Output);

        Assert.Equal(copied, File.ReadAllBytes(manifest));
        Assert.Equal(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(read, ManifestJson.Readable), copied);
    }

    [Fact]
    public void A_published_file_overwritten_or_cut_short_by_hand_is_written_again()
    {
        Build();
        var page = Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.35", "index.html");
        var epub = Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.36", "A-C.3-79-L.36.zh.epub");
        File.WriteAllText(page, "edited by hand");
        using (var file = File.OpenWrite(epub))
        {
            file.SetLength(100);
        }

        var second = Build();

        Assert.Equal(["A/C.3/79/L.35", "A/C.3/79/L.36"], second.Documents.Where(d => !d.Unchanged).Select(d => d.Symbol));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void An_index_overwritten_by_hand_is_written_again_and_a_stray_file_is_removed()
    {
        Build();
        var index = Path.Combine(_content.Output, "site", "index.html");
        var stray = Path.Combine(_content.Output, "site", "zh", "A", "C.3", "79", "L.35", "stray.html");
        File.WriteAllText(index, "edited by hand");
        File.WriteAllText(stray, "left by hand");

        var second = Build();

        Assert.All(second.Documents, d => Assert.True(d.Unchanged));
        Assert.False(File.Exists(stray));
        AssertSameAsCleanBuild();
    }

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
