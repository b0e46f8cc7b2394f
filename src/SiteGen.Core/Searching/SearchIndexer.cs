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
/// build are counted as the page is written, on the build's threads, as numbers in the build's vocabulary
/// (<see cref="Add"/>, <see cref="TermCounts"/>), and gathered by term only when the index is written; the pages kept from the last
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

    // Each page by its folder: what the list of documents shows of it and its terms, or null for a page kept from the
    // last build, whose record and terms are read when the index is written.
    private readonly Dictionary<string, (IndexedPage Page, PageTerms Terms)?> _pages = new(StringComparer.Ordinal);

    private readonly TermVocabulary _vocabulary = new();

    // The last build's index, read when the build first asks whether it holds a page it keeps.
    private readonly Lazy<PublishedIndex> _published = new(() => PublishedIndex.Read(Path.Combine(publishedSite, FolderName)));

    /// <summary>Whether the last build's index holds a page this build would keep (not when that build left the index out).</summary>
    public bool Holds(Incremental.PublishedDocument published) =>
        _published.Value.Holds(new EditionPaths(published.Symbol, Model.UnLanguage.Find(published.Language)).Directory);

    /// <summary>Counts the terms of a page written by this build (<paramref name="folder"/>: <c>zh/A/C.3/79/L.34/</c>); safe from several threads; a page written twice keeps its last terms.</summary>
    public void Add(string folder, SearchRecord record)
    {
        var terms = TermCounts.Of(record, _vocabulary);
        var page = new IndexedPage(record.Title, record.Body, record.Session, record.Standing);
        lock (_merging)
        {
            _pages[folder] = (page, terms);
        }
    }

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
            if (!ReadKept(kept.Key, [.. kept]))
            {
                diagnostics.Report(DiagnosticCatalog.SearchIndexNotBuilt, Path.Combine(publishedSite, FolderName, kept.Key), 1, 1, "the index of the last build cannot be read");
                return false;
            }
        }

        var texts = _vocabulary.Texts();
        foreach (var language in _pages.GroupBy(page => LanguageOf(page.Key), StringComparer.Ordinal).OrderBy(language => language.Key, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var documents = language.OrderBy(page => page.Key, StringComparer.Ordinal).Select(page => (Folder: page.Key, page.Value!.Value.Page, page.Value!.Value.Terms)).ToList();
            IndexLanguage(Path.Combine(folder, language.Key), documents, texts, cancellation);
        }

        return true;
    }

    // The pages of a language kept from the last build, with the terms and counts that build's index gave them. A
    // page that index does not hold (the last good page of a document that failed, kept by a build that keeps going)
    // is left out.
    private bool ReadKept(string language, List<string> kept)
    {
        var published = _published.Value;
        var found = new Dictionary<string, (List<int> Terms, List<int> Counts)>(StringComparer.Ordinal);
        foreach (var page in kept)
        {
            if (published.Holds(page))
            {
                found[page] = ([], []);
            }
            else
            {
                _pages.Remove(page);
            }
        }

        var read = published.ReadPostings(language, found.Keys.ToHashSet(StringComparer.Ordinal), (term, page, count) =>
        {
            var (terms, counts) = found[page];
            terms.Add(_vocabulary.Term(term));
            counts.Add(count);
        });
        foreach (var (page, (terms, counts)) in found)
        {
            _pages[page] = (published.Page(page), new PageTerms([.. terms], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(counts)));
        }

        return read;
    }

    // Each term's postings are gathered by its number from the pages in the order of their folders, so that they come
    // out in the order of the documents' numbers, already as a shard gives them (each document by how far its number
    // is from the one before, and the count), in SevenBitNumbers: a first pass finds how many bytes each term's take,
    // a second writes them into one buffer, each term's in its own stretch. Each shard is then written whole by one
    // thread, the shards on every core.
    private static void IndexLanguage(string folder, List<(string Folder, IndexedPage Page, PageTerms Terms)> documents, string[] texts, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Path.Combine(folder, TermsFolderName));
        WriteDocuments(Path.Combine(folder, DocumentsFileName), documents);

        var lengths = new int[texts.Length];
        // The number of the last document that held each term, so far.
        var last = new int[texts.Length];
        for (var number = 0; number < documents.Count; number++)
        {
            var reader = documents[number].Terms.Read();
            while (reader.Next(out var term, out var count))
            {
                lengths[term] += SevenBitNumbers.Size((uint)(number - last[term])) + SevenBitNumbers.Size((uint)count);
                last[term] = number;
            }
        }

        cancellation.ThrowIfCancellationRequested();
        var starts = new int[texts.Length];
        var total = 0;
        for (var term = 0; term < texts.Length; term++)
        {
            starts[term] = total;
            total += lengths[term];
        }

        var postings = new byte[total];
        // Where the next posting of each term is written.
        var next = (int[])starts.Clone();
        Array.Clear(last);
        for (var number = 0; number < documents.Count; number++)
        {
            var reader = documents[number].Terms.Read();
            while (reader.Next(out var term, out var count))
            {
                SevenBitNumbers.Write(postings, ref next[term], (uint)(number - last[term]));
                SevenBitNumbers.Write(postings, ref next[term], (uint)count);
                last[term] = number;
            }
        }

        var shards = Enumerable.Range(0, texts.Length).Where(term => lengths[term] > 0)
            .GroupBy(term => Shard(texts[term]), StringComparer.Ordinal).ToList();
        Parallel.ForEach(shards, new ParallelOptions { CancellationToken = cancellation }, shard =>
            WriteShard(Path.Combine(folder, TermsFolderName, shard.Key + ".json"), [.. shard.Select(term => (texts[term], new ReadOnlyMemory<byte>(postings, starts[term], lengths[term]))).OrderBy(term => term.Item1, StringComparer.Ordinal)]));
    }

    /// <summary>The shard of a term: its first character's code point in hexadecimal.</summary>
    public static string Shard(string term)
    {
        Rune.DecodeFromUtf16(term, out var first, out _);
        return first.Value.ToString("x", CultureInfo.InvariantCulture);
    }

    private static void WriteDocuments(string path, List<(string Folder, IndexedPage Page, PageTerms Terms)> documents)
    {
        using var buffer = OutputBuffers.Rent("search documents");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartArray();
            foreach (var (folder, page, _) in documents)
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

    // A shard: {"term": [document, count, …], …}, each document but the first given by its distance from the one
    // before, as the gathered postings hold them.
    private static void WriteShard(string path, List<(string Term, ReadOnlyMemory<byte> Postings)> terms)
    {
        using var buffer = OutputBuffers.Rent("search terms");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartObject();
            foreach (var (term, postings) in terms)
            {
                json.WriteStartArray(term);
                var numbers = postings.Span;
                for (var at = 0; at < numbers.Length;)
                {
                    json.WriteNumberValue(SevenBitNumbers.Read(numbers, ref at));
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        OutputBuffers.WriteFile(path, buffer);
    }
}
