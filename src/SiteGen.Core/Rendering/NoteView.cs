namespace SiteGen.Core.Rendering;

/// <summary>A footnote as templates read it; see <see cref="DocumentViewModel"/>.</summary>
internal sealed class NoteView : ScriptView
{
    private static readonly string[] Names =
    [
        "id", "kind", "number", "label", "citation", "ref_id", "referenced", "text_html", "permalink_label", "backlink_label", "repeats",
    ];

    public required string Id { get; init; }

    public required int Number { get; init; }

    public required string Label { get; init; }

    public required string RefId { get; init; }

    public required bool Referenced { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string PermalinkLabel { get; init; }

    public required string BacklinkLabel { get; init; }

    /// <summary>The note an ibid note repeats, or null.</summary>
    public required RepeatedNoteView? Repeats { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "id" => Id,
        "kind" => "note",
        "number" => Number,
        "label" => Label,
        "citation" => Label,
        "ref_id" => RefId,
        "referenced" => Referenced,
        "text_html" => TextHtml,
        "permalink_label" => PermalinkLabel,
        "backlink_label" => BacklinkLabel,
        "repeats" => Repeats,
        _ => NoMember,
    };
}
