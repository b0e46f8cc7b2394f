namespace SiteGen.Core.Rendering;

/// <summary>
/// A paragraph, sub-paragraph or item as templates read it; see <see cref="DocumentViewModel"/>. Its citation, full
/// citation, path and labels are made from its place (<see cref="UnitPlace"/>) when a template reads them; the
/// shipped templates never do, and a page is written with them filled in label by label (<see cref="UnitMarkupWriter"/>).
/// </summary>
internal sealed record UnitView : ITemplateView<UnitView>
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required int Number { get; init; }

    public required string Label { get; init; }

    /// <summary>Where the unit stands, by its paragraph's number and the labels below it.</summary>
    internal required UnitPlace Place { get; init; }

    /// <summary>The strings the unit's kind is cited and labelled with in its document.</summary>
    internal required UnitLabels Labels { get; init; }

    /// <summary>How a reader cites the unit with the source's labels: <c>19(b)</c>.</summary>
    public string Citation => Labels.Plain(Place.Citation);

    /// <summary>The unit cited as the UN cites it, with the document's symbol: <c>A/C.3/79/L.34, para. 19 (b)</c>.</summary>
    public string Cite => Labels.Plain(Labels.Cite.With(Place));

    /// <summary>Where a sub-paragraph stands, from its paragraph down (<c>19 → (b)</c>); "" for a paragraph.</summary>
    public string Path => Labels.Plain(Place.Path);

    /// <summary>Whether the unit shows where it stands (<see cref="Path"/> is not empty): a sub-paragraph or an item.</summary>
    public bool HasPath => Place.HasPath;

    public required InlineMarkup TextHtml { get; init; }

    public string PermalinkLabel => Labels.Plain(Labels.Permalink.With(Place));

    /// <summary>Null but for an operative paragraph.</summary>
    public string? TocLabel => Labels.Contents is { } contents && IsParagraph ? Labels.Plain(contents.With(Place)) : null;

    /// <summary>Whether the unit is an operative paragraph, which the table of contents lists.</summary>
    internal bool IsParagraph => Kind == "operative";

    public required UnitView[] Children { get; init; }

    /// <summary>Whether the unit has sub-paragraphs, whose list it opens (a page sets out the units in one loop).</summary>
    public bool OpensList => Children.Length > 0;

    /// <summary>
    /// How many lists of sub-paragraphs end with this unit, so that a page can set out the units in reading order
    /// in one loop: 0 for a unit with sub-paragraphs of its own or with siblings after it, 1 for the last (a), 2 for
    /// the last (i) of the last (a).
    /// </summary>
    public required int ListsClosed { get; init; }
}
