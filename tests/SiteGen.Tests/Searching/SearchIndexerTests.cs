using System.Text.Json;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Searching;

namespace SiteGen.Tests.Searching;

/// <summary>
/// The index a build writes from its pages' terms: each term gives, in the order of the documents' folders, every
/// document that holds it and how often, as counting the terms <see cref="SearchTerms.ForIndex"/> finds in each
/// document gives them, whatever the order and threads the pages were counted on; a page written twice counts once,
/// with its last text, and a page taken back is left out.
/// </summary>
public sealed class SearchIndexerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-index-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Han, kana, Hangul, a character beyond the BMP, runs of one character, words with and without marks, digits; a
    // word and a pair more than 255 times.
    private static readonly string[] Texts =
    [
        string.Concat(Enumerable.Repeat("the 会议，", 300)),
        "安全理事会，第2397(2017)号决议第8段；安全理事会决定继续积极处理此案。",
        "The Security Council, recalling resolution 2397 (2017), paragraph 8; the Council decides.",
        "Le Conseil de sécurité, SÉCURITÉ, se\u0301curite\u0301 et Łódź; 𠀀𠀁 会 議 と 안전보장이사회.",
        "注意到大会第 79/1 号决议。注意到",
        "",
    ];

    [Fact]
    public void Each_term_gives_the_documents_that_hold_it_and_how_often_as_counting_the_found_terms_does()
    {
        var indexer = new SearchIndexer(Path.Combine(_root, "none"));
        var pages = Enumerable.Range(0, 12).Select(i => (Folder: $"zh/A/RES/{i}/", Texts: new[] { Texts[i % Texts.Length], Texts[(i * 7 + 1) % Texts.Length] })).ToList();
        // Counted on several threads in an order other than the folders'; one page written first with another text.
        indexer.Add(pages[3].Folder, Record(["不同的文字"]));
        Parallel.ForEach(pages.AsEnumerable().Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, page => indexer.Add(page.Folder, Record(page.Texts)));
        indexer.Add("zh/A/RES/withdrawn/", Record(["撤回的文件"]));
        indexer.Withdraw("zh/A/RES/withdrawn/");

        Assert.True(indexer.Index(_root, new DiagnosticBag(), CancellationToken.None));

        var folders = pages.Select(page => page.Folder).Order(StringComparer.Ordinal).ToList();
        var expected = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < folders.Count; number++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in pages.Single(page => page.Folder == folders[number]).Texts.Prepend("标题"))
            {
                SearchTerms.ForIndex(text, term => counts[term.ToString()] = counts.GetValueOrDefault(term.ToString()) + 1);
            }

            foreach (var (term, count) in counts)
            {
                (expected.TryGetValue(term, out var list) ? list : expected[term] = []).AddRange([number, count]);
            }
        }

        var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "search", "zh", "documents.json"))).RootElement;
        Assert.Equal(folders, listed.EnumerateArray().Select(entry => entry[0].GetString()));
        Assert.Equal(expected, Written(Path.Combine(_root, "search", "zh", "terms")));
    }

    [Fact]
    public void A_text_gives_its_pairs_the_last_character_of_each_run_and_its_folded_words()
    {
        var terms = new List<string>();
        SearchTerms.ForIndex("安全理事会 Sécurité 2397 会 𠀀𠀁", term => terms.Add(term.ToString()));

        Assert.Equal(["安全", "全理", "理事", "会", "事会", "securite", "2397", "会", "𠀁", "𠀀𠀁"], terms);
        Assert.Equal(["安全", "全理", "理事", "事会", "会"], SearchTerms.ForQuery("安全理事会 会"));
    }

    private static SearchRecord Record(string[] texts) => new("标题", "General Assembly", "79", "adopted", texts);

    // Every term of the shards with its documents and counts, each document by its number.
    private static SortedDictionary<string, List<int>> Written(string terms)
    {
        var written = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var shard in Directory.GetFiles(terms, "*.json"))
        {
            foreach (var term in JsonDocument.Parse(File.ReadAllText(shard)).RootElement.EnumerateObject())
            {
                Assert.Equal(SearchIndexer.Shard(term.Name) + ".json", Path.GetFileName(shard));
                var values = term.Value.EnumerateArray().Select(value => value.GetInt32()).ToList();
                for (int i = 0, number = 0; i < values.Count; i += 2)
                {
                    number += values[i];
                    values[i] = number;
                }

                written.Add(term.Name, values);
            }
        }

        return written;
    }
}
