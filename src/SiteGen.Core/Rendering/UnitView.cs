namespace SiteGen.Core.Rendering;

/// <summary>A paragraph, sub-paragraph or item as templates read it; see <see cref="DocumentViewModel"/>.</summary>
internal sealed record UnitView
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required int Number { get; init; }

    public required string Label { get; init; }

    public required string Citation { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string PermalinkLabel { get; init; }

    /// <summary>Null but for an operative paragraph.</summary>
    public required string? TocLabel { get; init; }

    public required UnitView[] Children { get; init; }
}
