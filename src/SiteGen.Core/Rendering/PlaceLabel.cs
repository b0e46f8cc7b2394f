using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A user-interface string that a unit's place is filled into at its <c>{n}</c>: a full citation
/// (<c>{symbol}, para. {n}</c>, the document's symbol put in once) or a label (<c>Link to paragraph {n}</c>). Its
/// labels are joined by <see cref="Separator"/> (the language's <c>cite_path_separator</c> in a citation, nothing in
/// a label). Split at its <c>{n}</c> once per document, the parts around it escaped once, so that a page writes
/// it for each unit in pieces, without a string made for each.
/// </summary>
internal sealed class PlaceLabel
{
    private readonly string _text;
    private readonly string? _symbol;
    private readonly FillPattern? _pattern;

    // The parts around the place, escaped for HTML once.
    private readonly string _beforeHtml = "";
    private readonly string _afterHtml = "";

    /// <param name="text">The string as the strings file gives it.</param>
    /// <param name="symbol">The document's symbol, put in at <c>{symbol}</c>; null for a string that names none.</param>
    public PlaceLabel(string text, string separator, string? symbol = null)
    {
        _text = text;
        _symbol = symbol;
        Separator = separator;
        if (FillPattern.Of(text) is { } pattern)
        {
            _pattern = new FillPattern(WithSymbol(pattern.Before), WithSymbol(pattern.After));
            _beforeHtml = HtmlText.Escaped(_pattern.Value.Before);
            _afterHtml = HtmlText.Escaped(_pattern.Value.After);
        }

        SeparatorHtml = HtmlText.Escaped(separator);
    }

    /// <summary>What joins a unit's labels in this string.</summary>
    public string Separator { get; }

    private string SeparatorHtml { get; }

    /// <summary>The string with the place filled in. A place with a brace of its own is filled in by replacing, as it always was.</summary>
    public string With(UnitPlace place) =>
        _pattern is { } pattern && !place.IsEmptyOrBraced(Separator)
            ? pattern.With(place.Joined(Separator))
            : WithSymbol(_text.Replace("{n}", place.Joined(Separator), StringComparison.Ordinal));

    /// <summary>Writes the string with the place filled in, escaped, as <see cref="With"/> gives it.</summary>
    public void Write(IMarkupOutput output, UnitPlace place, MarkupFlavor flavor)
    {
        if (_pattern is not { } pattern || place.IsEmptyOrBraced(Separator))
        {
            output.Text(With(place), flavor);
            return;
        }

        if (flavor == MarkupFlavor.Html)
        {
            output.Markup(_beforeHtml);
            place.Write(output, SeparatorHtml, flavor);
            output.Markup(_afterHtml);
            return;
        }

        output.Text(pattern.Before, flavor);
        place.Write(output, HtmlText.Escaped(XmlSafeText.Clean(Separator)), flavor);
        output.Text(pattern.After, flavor);
    }

    private string WithSymbol(string text) => _symbol is null ? text : text.Replace("{symbol}", _symbol, StringComparison.Ordinal);
}
