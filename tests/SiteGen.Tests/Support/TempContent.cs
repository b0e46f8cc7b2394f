using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SiteGen.Tests.Support;

/// <summary>
/// A throw-away copy of the repository's content, templates and configuration, so a test can break one of
/// them and build into its own output folder.
/// </summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Directory.CreateTempSubdirectory("sitegen-build-").FullName;
        Copy(RepositoryPaths.Content, Content);
        Copy(RepositoryPaths.Templates, Templates);
        File.Copy(Path.Combine(RepositoryPaths.Root, "sitegen.yml"), Configuration);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Output => Path.Combine(Root, "output");

    public string Configuration => Path.Combine(Root, "sitegen.yml");

    public string SeedSource => Path.Combine(Content, "A-C.3-79-L.34", "zh-Hans.md");

    public SiteGen.Core.Pipeline.BuildOptions Options(string? output = null) =>
        new(Content, Templates, output ?? Output, Configuration);

    /// <summary>Every file under a folder with the SHA-256 of its bytes, by relative path.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    /// <summary>
    /// What an output folder publishes: every file of the live site (through the link <c>site</c>) by its path in
    /// the site, and the build history beside it (<c>build-manifest.json</c>) without the file times it records,
    /// which differ between two builds of the same input.
    /// </summary>
    public static SortedDictionary<string, string> Published(string output)
    {
        var files = Snapshot(Path.Combine(output, "site"));
        var manifest = Path.Combine(output, "build-manifest.json");
        if (File.Exists(manifest))
        {
            var history = JsonNode.Parse(File.ReadAllBytes(manifest))!;
            WithoutTimes(history);
            files["../build-manifest.json"] = history.ToJsonString();
        }

        return files;
    }

    // A file's stamp is its length and its time of writing; the time goes, the length stays.
    private static void WithoutTimes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject record:
                record.Remove("writeTicks");
                foreach (var (_, value) in record)
                {
                    WithoutTimes(value);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    WithoutTimes(item);
                }

                break;
        }
    }

    /// <summary>The generations of the site an output folder holds, by name, sorted.</summary>
    public static List<string> Generations(string output) =>
        [.. Directory.GetDirectories(Path.Combine(output, ".generations")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
