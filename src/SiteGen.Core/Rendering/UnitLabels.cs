using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The strings one kind of unit of one document is cited and labelled with: its full citation, its permalink's label
/// and, for an operative paragraph, its table-of-contents label, or for a note its back link's label. Looked up
/// once per document and kind as its first unit is built (a missing string is reported then, once); a unit keeps
/// its place (<see cref="UnitPlace"/>) and fills them in when they are read or written.
/// </summary>
internal sealed class UnitLabels
{
    private readonly MarkupFlavor _flavor;

    private UnitLabels(PlaceLabel cite, PlaceLabel permalink, PlaceLabel? contents, PlaceLabel? backlink, MarkupFlavor flavor)
    {
        Cite = cite;
        Permalink = permalink;
        Contents = contents;
        Backlink = backlink;
        _flavor = flavor;
    }

    public PlaceLabel Cite { get; }

    public PlaceLabel Permalink { get; }

    /// <summary>An operative paragraph's label in the table of contents; null for the other kinds.</summary>
    public PlaceLabel? Contents { get; }

    /// <summary>A note's back link's label; null for the other kinds.</summary>
    public PlaceLabel? Backlink { get; }

    public static UnitLabels Preambular(UiStrings strings, string symbol, MarkupFlavor flavor, DiagnosticBag diagnostics) =>
        new(Citation(strings, "cite_preambular", symbol, "", diagnostics), Label(strings, "permalink_preambular", diagnostics), null, null, flavor);

    /// <summary>The operative paragraphs' strings, which their sub-paragraphs and items share.</summary>
    public static UnitLabels Operative(UiStrings strings, string symbol, MarkupFlavor flavor, DiagnosticBag diagnostics) =>
        new(
            Citation(strings, "cite_operative", symbol, strings.Require("cite_path_separator", diagnostics), diagnostics),
            Label(strings, "permalink_operative", diagnostics),
            Label(strings, "toc_operative", diagnostics),
            null,
            flavor);

    public static UnitLabels Note(UiStrings strings, string symbol, MarkupFlavor flavor, DiagnosticBag diagnostics) =>
        new(Citation(strings, "cite_note", symbol, "", diagnostics), Label(strings, "permalink_note", diagnostics), null, Label(strings, "note_backlink", diagnostics), flavor);

    /// <summary>A string as a template reads it: in the e-book's view made representable in XML (<see cref="XmlSafeText"/>).</summary>
    public string Plain(string text) => _flavor == MarkupFlavor.Xhtml ? XmlSafeText.Clean(text) : text;

    private static PlaceLabel Citation(UiStrings strings, string key, string symbol, string separator, DiagnosticBag diagnostics) =>
        new(strings.Require(key, diagnostics), separator, symbol);

    private static PlaceLabel Label(UiStrings strings, string key, DiagnosticBag diagnostics) => new(strings.Require(key, diagnostics), "");
}
