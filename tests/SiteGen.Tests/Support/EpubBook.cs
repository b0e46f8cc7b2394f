using System.IO.Compression;
using System.Xml.Linq;

namespace SiteGen.Tests.Support;

/// <summary>
/// An EPUB read back the way a reading system reads it: the container names the package document, the package
/// names the manifest, spine and navigation document, and every XHTML file is parsed as XML (so a file that is
/// not well-formed fails the read).
/// </summary>
public sealed class EpubBook
{
    public static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Xml = XNamespace.Xml;

    private EpubBook(IReadOnlyList<string> entryNames, IReadOnlyDictionary<string, byte[]> files, string packagePath)
    {
        EntryNames = entryNames;
        Files = files;
        PackagePath = packagePath;
        Package = Parse(packagePath);
        var manifest = Package.Root!.Element(Opf + "manifest")!.Elements(Opf + "item").ToList();
        Manifest = manifest.ToDictionary(i => (string)i.Attribute("id")!, i => Resolve((string)i.Attribute("href")!));
        ManifestProperties = manifest.ToDictionary(i => Resolve((string)i.Attribute("href")!), i => (string?)i.Attribute("properties") ?? "");
        Spine = Package.Root!.Element(Opf + "spine")!.Elements(Opf + "itemref").Select(i => Manifest[(string)i.Attribute("idref")!]).ToList();
        NavPath = ManifestProperties.Single(p => p.Value.Split(' ').Contains("nav")).Key;
        Nav = Parse(NavPath);
    }

    /// <summary>Zip entry names in stored order.</summary>
    public IReadOnlyList<string> EntryNames { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public string PackagePath { get; }

    public XDocument Package { get; }

    /// <summary>Manifest item id → full path in the container.</summary>
    public IReadOnlyDictionary<string, string> Manifest { get; }

    /// <summary>Full path → the manifest item's properties.</summary>
    public IReadOnlyDictionary<string, string> ManifestProperties { get; }

    /// <summary>Full paths of the spine's documents, in reading order.</summary>
    public IReadOnlyList<string> Spine { get; }

    public string NavPath { get; }

    public XDocument Nav { get; }

    public XElement Metadata => Package.Root!.Element(Opf + "metadata")!;

    public static EpubBook Open(string epubPath)
    {
        using var archive = ZipFile.OpenRead(epubPath);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[entry.FullName] = buffer.ToArray();
        }

        var container = XDocument.Load(new MemoryStream(files["META-INF/container.xml"]));
        var rootfile = container.Descendants(Container + "rootfile").Single();
        return new EpubBook(names, files, (string)rootfile.Attribute("full-path")!);
    }

    public XDocument Parse(string path) => XDocument.Load(new MemoryStream(Files[path]), LoadOptions.SetLineInfo);

    /// <summary>Values of the package's metadata elements and <c>meta property</c> entries of that name.</summary>
    public IReadOnlyList<string> MetadataValues(XName element) => Metadata.Elements(element).Select(e => e.Value).ToList();

    public IReadOnlyList<string> MetaProperty(string property) =>
        Metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value).ToList();

    /// <summary>The spine's XHTML documents (the navigation document included when it is in the spine).</summary>
    public IReadOnlyDictionary<string, XDocument> ContentDocuments() =>
        Spine.ToDictionary(p => p, Parse);

    /// <summary>Resolves an <c>href</c> of a document at <paramref name="from"/> to a container path and fragment.</summary>
    public static (string Path, string Fragment) ResolveLink(string from, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? "" : href[(hash + 1)..];
        if (file.Length == 0)
        {
            return (from, fragment);
        }

        var directory = from.Contains('/', StringComparison.Ordinal) ? from[..(from.LastIndexOf('/') + 1)] : "";
        var parts = new List<string>();
        foreach (var part in (directory + file).Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return (string.Join('/', parts), fragment);
    }

    private string Resolve(string href) => ResolveLink(PackagePath, href).Path;
}
