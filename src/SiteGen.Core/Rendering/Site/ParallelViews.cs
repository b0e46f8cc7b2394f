using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The parallel views of a site (<c>templates/site/parallel.sbn</c>) and what they need of each version of a
/// document that has several: its column, from the page just written, or the model export of a page kept from the
/// last build, read when the views are written. Columns may be added from several threads at once.
/// </summary>
internal sealed class ParallelViews
{
    private readonly TemplateRenderer _templates;
    private readonly SiteContext _site;
    private readonly HashSet<string> _multilingual = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SiteEdition, ParallelColumn> _columns = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<SiteEdition, string> _columnFiles = new(ReferenceEqualityComparer.Instance);

    /// <param name="editions">The planned editions, sorted by symbol: a symbol that runs over several has parallel views.</param>
    public ParallelViews(TemplateRenderer templates, SiteContext site, IReadOnlyList<SiteEdition> editions)
    {
        _templates = templates;
        _site = site;
        for (var i = 1; i < editions.Count; i++)
        {
            if (string.Equals(editions[i - 1].Metadata.Symbol, editions[i].Metadata.Symbol, StringComparison.Ordinal))
            {
                _multilingual.Add(editions[i].Metadata.Symbol);
            }
        }
    }

    /// <summary>Whether a document's symbol has other language versions, so parallel views.</summary>
    public bool IsMultilingual(string symbol) => _multilingual.Contains(symbol);

    /// <summary>The column of a version whose page was just written.</summary>
    public void Add(SiteEdition edition, ResolutionDocument document)
    {
        if (IsMultilingual(edition.Metadata.Symbol))
        {
            _columns[edition] = ParallelColumn.From(document);
        }
    }

    /// <summary>The column of a version whose page was kept, from its model export as the last build published it.</summary>
    public void Add(SiteEdition edition, string? modelFile)
    {
        if (modelFile is not null && IsMultilingual(edition.Metadata.Symbol))
        {
            _columnFiles[edition] = modelFile;
        }
    }

    /// <summary>Leaves out a version that is not published after all.</summary>
    public void Remove(SiteEdition edition)
    {
        _columns.TryRemove(edition, out _);
        _columnFiles.TryRemove(edition, out _);
    }

    /// <summary>
    /// Writes the parallel view of every ordered pair of the language versions of each document that has several
    /// (for six versions, thirty views: each version read beside each other one, in its own language). A version
    /// whose page was not written or kept (an error) is left out. Returns the paths written, relative to the site.
    /// </summary>
    public List<string> Write(string siteDirectory, IReadOnlyList<SiteEdition> editions, Func<string, UiStrings?> stringsOf, Func<string, string> languageName, DiagnosticBag diagnostics)
    {
        var written = new List<string>();
        foreach (var symbol in editions.GroupBy(e => e.Metadata.Symbol, StringComparer.Ordinal).Where(g => IsMultilingual(g.Key)))
        {
            var versions = new List<(SiteEdition Edition, ParallelColumn Column)>();
            foreach (var edition in symbol)
            {
                if ((_columns.TryGetValue(edition, out var column) ? column
                    : _columnFiles.TryGetValue(edition, out var file) ? ParallelColumn.Read(file) : null) is { } found)
                {
                    versions.Add((edition, found));
                }
            }

            foreach (var left in versions)
            {
                if (stringsOf(left.Edition.Language.Tag) is not { } strings)
                {
                    continue;
                }

                foreach (var right in versions.Where(v => v.Edition != left.Edition))
                {
                    var path = left.Edition.Paths.ParallelDirectory(right.Edition.Language) + EditionPaths.PageFileName;
                    var model = ParallelPageModel.ForPair(_site, left, right, strings, languageName, diagnostics);
                    if (SitePageFile.Write(siteDirectory, path, output => _templates.Render("site/parallel.sbn", model, output, diagnostics)))
                    {
                        written.Add(path);
                    }
                }
            }
        }

        return written;
    }
}
