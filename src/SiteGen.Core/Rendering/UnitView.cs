namespace SiteGen.Core.Rendering;

/// <summary>A paragraph, sub-paragraph or item as templates read it; see <see cref="DocumentViewModel"/>.</summary>
internal sealed record UnitView : ITemplateView<UnitView>
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required int Number { get; init; }

    public required string Label { get; init; }

    public required string Citation { get; init; }

    /// <summary>The unit cited as the UN cites it, with the document's symbol: <c>A/C.3/79/L.34, para. 19 (b)</c>.</summary>
    public required string Cite { get; init; }

    /// <summary>Where a sub-paragraph stands, from its paragraph down (<c>19 → (b)</c>); "" for a paragraph.</summary>
    public required string Path { get; init; }

    /// <summary>Whether the unit shows where it stands (<see cref="Path"/> is not empty): a sub-paragraph or an item.</summary>
    public bool HasPath => Path.Length > 0;

    public required InlineMarkup TextHtml { get; init; }

    public required string PermalinkLabel { get; init; }

    /// <summary>Null but for an operative paragraph.</summary>
    public required string? TocLabel { get; init; }

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
