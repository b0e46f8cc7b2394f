using System.Text.Json;

namespace SiteGen.Core.Searching;

/// <summary>
/// The search index of the site as the last build published it, from which a rebuild takes the pages it keeps: each
/// page its documents.json lists (by folder, with its number there and what the list shows of it), and the postings
/// of those pages, read from the term files only when the new index is written. A language whose list is missing or
/// cannot be read lists no page, so its kept pages are built again.
/// </summary>
internal sealed class PublishedIndex
{
    private readonly string _folder;

    private readonly Dictionary<string, (int Number, IndexedPage Page)> _pages;

    private PublishedIndex(string folder, Dictionary<string, (int Number, IndexedPage Page)> pages)
    {
        _folder = folder;
        _pages = pages;
    }

    /// <summary>Reads the lists of documents of the index in <paramref name="folder"/> (<c>site/search</c>); an empty index when there is none.</summary>
    public static PublishedIndex Read(string folder)
    {
        var pages = new Dictionary<string, (int, IndexedPage)>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var language in Directory.EnumerateDirectories(folder))
            {
                ReadDocuments(Path.Combine(language, SearchIndexer.DocumentsFileName), pages);
            }
        }

        return new PublishedIndex(folder, pages);
    }

    /// <summary>Whether the index lists the page in <paramref name="folder"/> (<c>zh/A/C.3/79/L.34/</c>).</summary>
    public bool Holds(string folder) => _pages.ContainsKey(folder);

    /// <summary>What the list of documents showed of a page it holds.</summary>
    public IndexedPage Page(string folder) => _pages[folder].Page;

    /// <summary>
    /// Gives each posting of the pages of one language kept by this build to <paramref name="found"/> (term, the page's
    /// folder, count), the pages of each term in rising order of their numbers; false when a term file cannot be read.
    /// </summary>
    public bool ReadPostings(string language, IReadOnlySet<string> kept, Action<string, string, int> found)
    {
        var folders = new Dictionary<int, string>();
        foreach (var (folder, (number, _)) in _pages)
        {
            if (kept.Contains(folder) && string.Equals(SearchIndexer.LanguageOf(folder), language, StringComparison.Ordinal))
            {
                folders[number] = folder;
            }
        }

        var terms = Path.Combine(_folder, language, SearchIndexer.TermsFolderName);
        if (folders.Count == 0)
        {
            return true;
        }

        if (!Directory.Exists(terms))
        {
            return false;
        }

        foreach (var shard in Directory.EnumerateFiles(terms, "*.json").Order(StringComparer.Ordinal))
        {
            if (!ReadShard(File.ReadAllBytes(shard), folders, found))
            {
                return false;
            }
        }

        return true;
    }

    // A shard: {"term": [number, count, …], …}, each number but the first the difference from the one before.
    private static bool ReadShard(ReadOnlySpan<byte> json, Dictionary<int, string> folders, Action<string, string, int> found)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var term = reader.GetString()!;
                Expect(ref reader, JsonTokenType.StartArray);
                var number = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                {
                    number += reader.GetInt32();
                    Expect(ref reader, JsonTokenType.Number);
                    if (folders.TryGetValue(number, out var folder))
                    {
                        found(term, folder, reader.GetInt32());
                    }
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    return false;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    // The list of documents of a language: [[folder, title, body, session, standing], …]; nothing of it when it cannot be read.
    private static void ReadDocuments(string path, Dictionary<string, (int, IndexedPage)> pages)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var listed = new List<(string, IndexedPage)>();
        try
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(path));
            Expect(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                var folder = Next(ref reader);
                var page = new IndexedPage(Next(ref reader), Next(ref reader), Next(ref reader), Next(ref reader));
                Expect(ref reader, JsonTokenType.EndArray);
                listed.Add((folder, page));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return;
        }

        for (var number = 0; number < listed.Count; number++)
        {
            pages[listed[number].Item1] = (number, listed[number].Item2);
        }
    }

    private static string Next(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new FormatException($"expected {type}");
        }
    }
}
