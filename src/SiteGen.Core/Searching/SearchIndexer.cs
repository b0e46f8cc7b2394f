using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Searching;

/// <summary>
/// Writes the site's search index into <c>search/</c> of a complete generation of the site, before it is published,
/// from the documents' search records (<see cref="SearchRecord"/>), one index per page language:
/// <c>search/{lang}/documents.json</c> lists the documents (<c>[[folder, title, body, session, standing], …]</c>), and
/// <c>search/{lang}/terms/{shard}.json</c> gives each term (<see cref="SearchTerms"/>) the documents that hold it and
/// how often (<c>{"term": [document, count, …]}</c>), a shard for each first character of a term (its code point in
/// hexadecimal), so that the search page loads only the shards of the terms searched for.
/// Hand-made because Pagefind, the tool it replaced, kept a large Chinese edition's build far below Hugo's pages per
/// second, whatever its settings (measured in bench/README.md).
/// </summary>
internal sealed class SearchIndexer
{
    /// <summary>The folder of the site the index is written to.</summary>
    public const string FolderName = "search";

    public const string DocumentsFileName = "documents.json";

    public const string TermsFolderName = "terms";

    // Documents are read and their terms counted on every core, this many at a time, then merged in their order.
    private const int Batch = 64;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indexes the site folder; returns false (and reports a warning) when a record could not be read.</summary>
    public bool Index(string siteDirectory, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var folder = Path.Combine(siteDirectory, FolderName);
        if (Directory.Exists(folder))
        {
            // A generation reused from an earlier build keeps that build's index: it is made again whole.
            Directory.Delete(folder, recursive: true);
        }

        var records = Directory.EnumerateFiles(siteDirectory, SearchRecord.FileName, new EnumerationOptions { RecurseSubdirectories = true })
            .Select(path => Path.GetRelativePath(siteDirectory, path).Replace('\\', '/'))
            .Where(path => path.Contains('/', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var language in records.GroupBy(path => path[..path.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            if (!IndexLanguage(siteDirectory, language.Key, [.. language], diagnostics, cancellation))
            {
                Directory.Delete(folder, recursive: true);
                return false;
            }
        }

        return true;
    }

    private static bool IndexLanguage(string siteDirectory, string language, List<string> records, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var documents = new List<(string Folder, SearchRecord Record)>(records.Count);
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unspaced = new Dictionary<long, List<int>>();
        var parallel = new ParallelOptions { CancellationToken = cancellation };
        for (var start = 0; start < records.Count; start += Batch)
        {
            var count = Math.Min(Batch, records.Count - start);
            var read = new (SearchRecord? Record, TermCounts? Terms)[count];
            Parallel.For(0, count, parallel, i =>
            {
                var record = SearchRecord.Read(File.ReadAllBytes(Path.Combine(siteDirectory, records[start + i])));
                read[i] = (record, record is null ? null : TermCounts.Of(record));
            });

            for (var i = 0; i < count; i++)
            {
                if (read[i] is not ({ } record, { } counts))
                {
                    diagnostics.Report(DiagnosticCatalog.SearchIndexNotBuilt, records[start + i], 1, 1, "this search record cannot be read");
                    return false;
                }

                var document = documents.Count;
                documents.Add((records[start + i][..^SearchRecord.FileName.Length], record));
                foreach (var (word, occurrences) in counts.Words)
                {
                    Add(words, word, document, occurrences);
                }

                foreach (var (key, occurrences) in counts.Unspaced)
                {
                    Add(unspaced, key, document, occurrences);
                }
            }
        }

        var folder = Path.Combine(siteDirectory, FolderName, language);
        Directory.CreateDirectory(Path.Combine(folder, TermsFolderName));
        WriteDocuments(Path.Combine(folder, DocumentsFileName), documents);
        var terms = words.Select(word => (Term: word.Key, Postings: word.Value))
            .Concat(unspaced.Select(pair => (Term: SearchTerms.Unspaced((int)(pair.Key >> TermCounts.SecondBits), (int)(pair.Key & TermCounts.SecondMask)), Postings: pair.Value)));
        foreach (var shard in terms.GroupBy(term => Shard(term.Term), StringComparer.Ordinal))
        {
            WriteShard(Path.Combine(folder, TermsFolderName, shard.Key + ".json"), [.. shard.OrderBy(term => term.Term, StringComparer.Ordinal)]);
        }

        return true;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> postings, TKey term, int document, int occurrences)
        where TKey : notnull
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(postings, term, out _);
        list ??= new List<int>(2);
        list.Add(document);
        list.Add(occurrences);
    }

    /// <summary>The shard of a term: its first character's code point in hexadecimal.</summary>
    public static string Shard(string term)
    {
        Rune.DecodeFromUtf16(term, out var first, out _);
        return first.Value.ToString("x", CultureInfo.InvariantCulture);
    }

    private static void WriteDocuments(string path, List<(string Folder, SearchRecord Record)> documents)
    {
        using var buffer = OutputBuffers.Rent("search documents");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartArray();
            foreach (var (folder, record) in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(folder);
                json.WriteStringValue(record.Title);
                json.WriteStringValue(record.Body);
                json.WriteStringValue(record.Session);
                json.WriteStringValue(record.Standing);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        OutputBuffers.WriteFile(path, buffer);
    }

    private static void WriteShard(string path, List<(string Term, List<int> Postings)> terms)
    {
        using var buffer = OutputBuffers.Rent("search terms");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartObject();
            foreach (var (term, postings) in terms)
            {
                json.WriteStartArray(term);
                foreach (var number in postings)
                {
                    json.WriteNumberValue(number);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        OutputBuffers.WriteFile(path, buffer);
    }
}
