namespace SiteGen.Core.Rendering;

/// <summary>
/// A paragraph, sub-paragraph or item as templates read it; see <see cref="DocumentViewModel"/>. Only an operative
/// paragraph has <c>toc_label</c>.
/// </summary>
internal sealed class UnitView : ScriptView
{
    private static readonly string[] Names = ["id", "kind", "number", "label", "citation", "text_html", "permalink_label", "children"];

    private static readonly string[] OperativeNames = [.. Names, "toc_label"];

    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required int Number { get; init; }

    public required string Label { get; init; }

    public required string Citation { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string PermalinkLabel { get; init; }

    /// <summary>Null but for an operative paragraph.</summary>
    public string? TocLabel { get; init; }

    public required UnitView[] Children { get; init; }

    protected override IReadOnlyList<string> Members => TocLabel is null ? Names : OperativeNames;

    protected override object? Get(string member) => member switch
    {
        "id" => Id,
        "kind" => Kind,
        "number" => Number,
        "label" => Label,
        "citation" => Citation,
        "text_html" => TextHtml,
        "permalink_label" => PermalinkLabel,
        "children" => Children,
        "toc_label" when TocLabel is not null => TocLabel,
        _ => NoMember,
    };
}
