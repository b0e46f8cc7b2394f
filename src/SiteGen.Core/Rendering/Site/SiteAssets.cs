using System.IO.Hashing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The site's static files (<c>templates/site/assets/</c>), published under <c>assets/</c> with a content hash in
/// the name (<c>site.css</c> → <c>assets/site.3f9c2a1b7e.css</c>) so that hosts can cache them forever.
/// </summary>
internal sealed class SiteAssets
{
    private readonly SortedDictionary<string, (string PublishedPath, byte[] Content)> _files = new(StringComparer.Ordinal);

    private SiteAssets()
    {
    }

    /// <summary>Published path of an asset relative to the site root, by its source name (<c>site.css</c>).</summary>
    public string this[string name] => _files[name].PublishedPath;

    public bool Contains(string name) => _files.ContainsKey(name);

    public static SiteAssets Load(string assetsDirectory)
    {
        var assets = new SiteAssets();
        if (!Directory.Exists(assetsDirectory))
        {
            return assets;
        }

        foreach (var path in Directory.GetFiles(assetsDirectory).Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(path);
            // A cache-buster, not a seal: XXH128, as for build keys (no cryptography library to load at start-up).
            var hash = Convert.ToHexStringLower(XxHash128.Hash(content))[..10];
            var name = Path.GetFileName(path);
            assets._files[name] = ($"assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}", content);
        }

        return assets;
    }

    /// <summary>Writes every asset under its published path; returns those paths.</summary>
    public IEnumerable<string> WriteTo(string siteDirectory)
    {
        foreach (var (publishedPath, content) in _files.Values)
        {
            var target = Path.Combine(siteDirectory, publishedPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        return _files.Values.Select(file => file.PublishedPath);
    }
}
