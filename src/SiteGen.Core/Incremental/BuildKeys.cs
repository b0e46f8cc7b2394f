using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Pipeline;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// Content hashes of what a build reads (XXH128, as hex). The build key covers what every document's output depends on: SiteGen's own code,
/// the formats, the configuration and every file of the templates folder. A document's key adds its metadata, its
/// source's bytes, the path its diagnostics name and the other languages it is published in (its page links to
/// them). Equal keys mean byte-identical output, so a document whose key is unchanged since the last build is not
/// rendered again. The site key covers what the site's own pages show of the documents (<see cref="SiteShows"/>), not
/// their text, so a change to a document's text alone writes none of them again.
/// </summary>
internal static class BuildKeys
{
    [ThreadStatic]
    private static XxHash128? t_documentHash;

    public static string ForBuild(BuildOptions options, SiteConfiguration configuration)
    {
        var hash = new XxHash128();
        Add(hash, typeof(BuildKeys).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(hash, options.Formats.ToString());
        Add(hash, configuration.BaseUrl);
        Add(hash, configuration.SiteTitle);
        Add(hash, configuration.SiteTitleLanguage);
        Add(hash, string.Join(",", configuration.Languages));
        if (Directory.Exists(options.TemplatesDirectory))
        {
            var files = Directory.EnumerateFiles(options.TemplatesDirectory, "*", SearchOption.AllDirectories)
                .Select(file => (Relative: Path.GetRelativePath(options.TemplatesDirectory, file).Replace('\\', '/'), Full: file))
                .OrderBy(file => file.Relative, StringComparer.Ordinal);
            foreach (var (relative, full) in files)
            {
                Add(hash, relative);
                Add(hash, File.ReadAllBytes(full));
            }
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <param name="linked">The documents it references that the edition publishes in its language (<see cref="Linked"/>).</param>
    /// <param name="cited">Whether another document of the edition cites it (its page then links to its cited-by page).</param>
    public static string ForDocument(string buildKey, DocumentSource source, IReadOnlyList<string> languages, string sourceHash, string linked = "", bool cited = false)
    {
        // Made for every document of every build, unchanged ones too: one hasher per thread, parts written on the stack.
        var hash = t_documentHash ??= new XxHash128();
        hash.Reset();
        var metadata = source.Metadata;
        Add(hash, buildKey);
        Add(hash, source.DisplayPath);
        Add(hash, metadata.Symbol);
        Add(hash, metadata.Language);
        Add(hash, metadata.Body);
        Add(hash, metadata.Distribution);
        Add(hash, metadata.OriginalLanguage);
        Add(hash, metadata.Date);
        Add(hash, metadata.Issued);
        // What became of the document changes its page; a record's text form says all of it.
        Add(hash, metadata.Action?.ToString() ?? "");
        foreach (var language in languages)
        {
            Add(hash, language);
        }

        Add(hash, sourceHash);
        Add(hash, linked);
        Add(hash, cited ? "cited" : "");
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>
    /// Which of the documents a page references the edition publishes in the page's language, as a hash: its links to
    /// them lead to their pages here, so adding or removing one of them builds the page again (and no other page).
    /// </summary>
    public static string Linked(IEnumerable<Citation> citations, string language, IReadOnlySet<(string Symbol, string Language)> edition) =>
        ForSource(string.Join('\n', citations.Select(c => c.Symbol).Distinct().Where(symbol => edition.Contains((symbol, language)))));

    /// <summary>The edition's documents (canonical symbol and language), whatever their order: while it is the same, so is every page's <see cref="Linked"/>.</summary>
    public static string ForEdition(IEnumerable<(string Symbol, string Language)> edition)
    {
        var hash = new XxHash128();
        foreach (var (symbol, language) in edition.OrderBy(d => d.Symbol, StringComparer.Ordinal).ThenBy(d => d.Language, StringComparer.Ordinal))
        {
            Add(hash, symbol);
            Add(hash, language);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The hash of a source's text.</summary>
    public static string ForSource(string text) => Convert.ToHexStringLower(XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan())));

    /// <summary>The key of the site's own files: the build key and what they show of the documents (<see cref="SiteShows"/>).</summary>
    public static string ForSite(string buildKey, string shows)
    {
        var hash = new XxHash128();
        Add(hash, buildKey);
        Add(hash, shows);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>
    /// What the site's own pages (index, browse pages, parallel views, cited-by pages, search pages, 404) show of the
    /// published documents, in order: each one's body and dates (the browse pages), what they show of its text
    /// (<see cref="Shows"/>) and, for a document with other language versions, its key, which covers its text (the
    /// parallel views set it beside each other version).
    /// </summary>
    public static string SiteShows(IEnumerable<(DocumentMetadata Metadata, PublishedDocument Published, bool Multilingual)> documents)
    {
        var hash = new XxHash128();
        foreach (var (metadata, published, multilingual) in documents)
        {
            Add(hash, published.Shows);
            Add(hash, metadata.Body);
            Add(hash, metadata.Date);
            Add(hash, metadata.Issued);
            Add(hash, multilingual ? published.Key : "");
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>What the site's own pages show of one document's text: its symbol, language, title and citations (the cited-by pages).</summary>
    public static string Shows(string symbol, string language, string title, IReadOnlyList<Citation> citations)
    {
        var hash = new XxHash128();
        Add(hash, symbol);
        Add(hash, language);
        Add(hash, title);
        Add(hash, citations.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var citation in citations)
        {
            Add(hash, citation.Symbol);
            Add(hash, citation.In);
            Add(hash, citation.Paragraph);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // A body by its name, without boxing the value (what ToString gives for every named body).
    private static void Add(XxHash128 hash, IssuingBody body) => Add(hash, Enum.GetName(body) ?? body.ToString());

    // A date as yyyy-MM-dd, or nothing.
    private static void Add(XxHash128 hash, DateOnly? day)
    {
        Span<char> date = stackalloc char[10];
        Add(hash, day is { } value && value.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? date[..written] : "");
    }

    // Each part is length-prefixed, so that no two different sequences of parts hash the same bytes. A key is
    // made for every document of every build, unchanged ones too: short parts are encoded on the stack.
    private static void Add(XxHash128 hash, ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > 1024)
        {
            var encoded = new byte[length];
            Encoding.UTF8.GetBytes(text, encoded);
            Add(hash, encoded);
            return;
        }

        Span<byte> bytes = stackalloc byte[length];
        Encoding.UTF8.GetBytes(text, bytes);
        Add(hash, bytes);
    }

    private static void Add(XxHash128 hash, ReadOnlySpan<byte> bytes)
    {
        Span<byte> prefix = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(prefix, bytes.Length);
        hash.Append(prefix);
        hash.Append(bytes);
    }
}
