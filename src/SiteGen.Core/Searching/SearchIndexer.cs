using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Searching;

/// <summary>
/// The site's search index, one per page language: <c>search/{lang}/documents.json</c> lists the documents
/// (<c>[[folder, title, body, session, standing], …]</c>), and <c>search/{lang}/terms/{shard}.json</c> gives each term
/// (<see cref="SearchTerms"/>) the documents that hold it and how often (<c>{"term": [document, count, …]}</c>, each
/// document given by how far its number is from the one before, the first by its number, so that the many terms
/// most documents hold cost few digits), a shard for each first character of a term (its code point in hexadecimal),
/// so that the search page loads only the shards of the terms searched for. The terms of each page written by this
/// build are counted as the page is written, on the build's threads (<see cref="Add"/>); the pages kept from the last
/// build keep the postings that build's index gave them (<see cref="PublishedIndex"/>, <see cref="Reuse"/>). The index
/// is written whole into a complete generation of the site, its shards on every core, before it is published
/// (<see cref="Index"/>). Documents are numbered in the order of their folders, whatever order their pages
/// were written in, so the same input gives the same bytes.
/// Hand-made because Pagefind, the tool it replaced, kept a large Chinese edition's build far below Hugo's pages per
/// second, whatever its settings (measured in bench/README.md).
/// </summary>
/// <param name="publishedSite">The site as the last build published it, whose index holds the pages this build keeps.</param>
internal sealed class SearchIndexer(string publishedSite)
{
    /// <summary>The folder of the site the index is written to.</summary>
    public const string FolderName = "search";

    public const string DocumentsFileName = "documents.json";

    public const string TermsFolderName = "terms";

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _merging = new();

    // Each page by its folder: the document its terms were merged as, or null for a page kept from the last build,
    // whose record is read when the index is written.
    private readonly Dictionary<string, IndexedPage?> _pages = new(StringComparer.Ordinal);

    private readonly Dictionary<string, TermPostings> _languages = new(StringComparer.Ordinal);

    // Documents are keyed in the order their terms were merged; a page written twice keeps its last key only.
    private int _keys;

    // The last build's index, read when the build first asks whether it holds a page it keeps.
    private readonly Lazy<PublishedIndex> _published = new(() => PublishedIndex.Read(Path.Combine(publishedSite, FolderName)));

    /// <summary>Whether the last build's index holds a page this build would keep (not when that build left the index out).</summary>
    public bool Holds(Incremental.PublishedDocument published) =>
        _published.Value.Holds(new EditionPaths(published.Symbol, Model.UnLanguage.Find(published.Language)).Directory);

    /// <summary>Counts the terms of a page written by this build (<paramref name="folder"/>: <c>zh/A/C.3/79/L.34/</c>); safe from several threads.</summary>
    public void Add(string folder, SearchRecord record) => Merge(folder, record, TermCounts.Of(record));

    /// <summary>A page kept from the last build (<see cref="Holds"/>): its postings are read from that build's index when this one is written.</summary>
    public void Reuse(string folder)
    {
        lock (_merging)
        {
            _pages[folder] = null;
        }
    }

    /// <summary>A page taken back (its document failed after it was written): the index leaves it out.</summary>
    public void Withdraw(string folder)
    {
        lock (_merging)
        {
            _pages.Remove(folder);
        }
    }

    private void Merge(string folder, SearchRecord record, TermCounts counts)
    {
        lock (_merging)
        {
            var key = _keys++;
            _pages[folder] = new IndexedPage(key, record.Title, record.Body, record.Session, record.Standing);
            ref var postings = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_languages, LanguageOf(folder), out _);
            postings ??= new TermPostings();
            postings.Add(key, counts);
        }
    }

    public static string LanguageOf(string folder) => folder[..folder.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>
    /// Leaves the index out of a site built without it: a generation reused from an earlier build may hold that
    /// build's index, which no longer says what the site holds. Returns true.
    /// </summary>
    public static bool LeaveOut(string siteDirectory)
    {
        var folder = Path.Combine(siteDirectory, FolderName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return true;
    }

    /// <summary>
    /// Writes the index into the site folder, with the postings of the pages kept from the last build read from its
    /// index; returns false (and reports a warning) when that index could not be read.
    /// </summary>
    public bool Index(string siteDirectory, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        // A generation reused from an earlier build keeps that build's index: it is made again whole.
        LeaveOut(siteDirectory);
        var folder = Path.Combine(siteDirectory, FolderName);
        foreach (var kept in _pages.Where(page => page.Value is null).Select(page => page.Key).GroupBy(LanguageOf, StringComparer.Ordinal).OrderBy(language => language.Key, StringComparer.Ordinal))
        {
            if (!MergeKept(kept.Key, [.. kept.Order(StringComparer.Ordinal)]))
            {
                diagnostics.Report(DiagnosticCatalog.SearchIndexNotBuilt, Path.Combine(publishedSite, FolderName, kept.Key), 1, 1, "the index of the last build cannot be read");
                return false;
            }
        }

        foreach (var language in _pages.GroupBy(page => LanguageOf(page.Key), StringComparer.Ordinal).OrderBy(language => language.Key, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var documents = language.OrderBy(page => page.Key, StringComparer.Ordinal).Select(page => (Folder: page.Key, Page: page.Value!)).ToList();
            IndexLanguage(Path.Combine(folder, language.Key), documents, _languages[language.Key], cancellation);
        }

        return true;
    }

    // The pages of a language kept from the last build, keyed after those written by this one, in the order of
    // their folders, with the postings that build's index gave them. A page that index does not hold (the last good
    // page of a document that failed, kept by a build that keeps going) is left out.
    private bool MergeKept(string language, List<string> kept)
    {
        var published = _published.Value;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in kept)
        {
            if (!published.Holds(page))
            {
                _pages.Remove(page);
                continue;
            }

            var key = _keys++;
            keys[page] = key;
            _pages[page] = published.Page(page) with { Key = key };
        }

        ref var postings = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_languages, language, out _);
        var into = postings ??= new TermPostings();
        return published.ReadPostings(language, keys.Keys.ToHashSet(StringComparer.Ordinal), (term, page, count) => into.Add(term, keys[page], count));
    }

    private void IndexLanguage(string folder, List<(string Folder, IndexedPage Page)> documents, TermPostings postings, CancellationToken cancellation)
    {
        // A document's number in the index, by the key its terms were merged as; -1 for a page written again or taken back.
        var numbers = new int[_keys];
        Array.Fill(numbers, -1);
        for (var i = 0; i < documents.Count; i++)
        {
            numbers[documents[i].Page.Key] = i;
        }

        Directory.CreateDirectory(Path.Combine(folder, TermsFolderName));
        WriteDocuments(Path.Combine(folder, DocumentsFileName), documents);
        var terms = postings.Words.Select(word => (Term: word.Key, Postings: word.Value))
            .Concat(postings.Unspaced.Select(pair => (Term: TermCounts.Term(pair.Key), Postings: pair.Value)));
        // Each shard is written whole by one thread, the shards on every core.
        var shards = terms.GroupBy(term => Shard(term.Term), StringComparer.Ordinal).ToList();
        Parallel.ForEach(shards, new ParallelOptions { CancellationToken = cancellation }, shard =>
            WriteShard(Path.Combine(folder, TermsFolderName, shard.Key + ".json"), [.. shard.OrderBy(term => term.Term, StringComparer.Ordinal)], numbers));
    }

    /// <summary>The shard of a term: its first character's code point in hexadecimal.</summary>
    public static string Shard(string term)
    {
        Rune.DecodeFromUtf16(term, out var first, out _);
        return first.Value.ToString("x", CultureInfo.InvariantCulture);
    }

    private static void WriteDocuments(string path, List<(string Folder, IndexedPage Page)> documents)
    {
        using var buffer = OutputBuffers.Rent("search documents");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartArray();
            foreach (var (folder, page) in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(folder);
                json.WriteStringValue(page.Title);
                json.WriteStringValue(page.Body);
                json.WriteStringValue(page.Session);
                json.WriteStringValue(page.Standing);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        OutputBuffers.WriteFile(path, buffer);
    }

    // A shard none of whose terms is left (they were all in pages taken back) is not written.
    private static void WriteShard(string path, List<(string Term, PostingList Postings)> terms, int[] numbers)
    {
        using var buffer = OutputBuffers.Rent("search terms");
        var found = new List<long>();
        var written = false;
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartObject();
            foreach (var (term, postings) in terms)
            {
                // The postings by document number, without those of pages written again or taken back.
                found.Clear();
                foreach (var (key, count) in postings.Postings())
                {
                    if (numbers[key] is var number and >= 0)
                    {
                        found.Add(((long)number << 32) | (uint)count);
                    }
                }

                if (found.Count == 0)
                {
                    continue;
                }

                found.Sort();
                written = true;
                json.WriteStartArray(term);
                var previous = 0;
                foreach (var posting in found)
                {
                    var number = (int)(posting >> 32);
                    json.WriteNumberValue(number - previous);
                    json.WriteNumberValue((int)posting);
                    previous = number;
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        if (written)
        {
            OutputBuffers.WriteFile(path, buffer);
        }
    }
}
