using SiteGen.Core.Model;
using SiteGen.Core.Rendering;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Searching;

/// <summary>
/// What the index takes of one document page as it is written: its title, its body, session and standing (the search
/// page's filters) and the text of each unit the page shows with an anchor and a citation (preambular and operative
/// paragraph, sub-paragraph, unit of the adopted text, note). Nothing of it is written beside the page: the search
/// page reads a result's units, anchors and citations from the page itself.
/// </summary>
internal sealed record SearchRecord(string Title, string Body, string Session, string Standing, IReadOnlyList<string> Texts)
{
    /// <summary>The record of a document page, from its model, the view its page was rendered from and its header.</summary>
    public static SearchRecord Of(ResolutionDocument document, DocumentView view, HeaderView header)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in document.Units())
        {
            texts.TryAdd(unit.Id.ToString(), unit.Text);
        }

        var units = new List<string>(texts.Count);
        var adopted = view.AdoptedText is { } text ? text.Preamble.Concat(text.OperativeUnits) : [];
        foreach (var unit in view.Preamble.Concat(view.OperativeUnits).Concat(adopted))
        {
            units.Add(texts.GetValueOrDefault(unit.Id, ""));
        }

        foreach (var note in view.Notes)
        {
            units.Add(texts.GetValueOrDefault(note.Id, ""));
        }

        return new SearchRecord(view.Title, Fact(header, "body"), Fact(header, "session"), Fact(header, "status"), units);
    }

    private static string Fact(HeaderView header, string name) =>
        header.Facts.FirstOrDefault(fact => string.Equals(fact.Name, name, StringComparison.Ordinal))?.Value ?? "";
}
