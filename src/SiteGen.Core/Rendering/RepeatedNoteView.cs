namespace SiteGen.Core.Rendering;

/// <summary>The note an ibid note repeats, as templates read it (<c>note.repeats</c>); see <see cref="DocumentViewModel"/>.</summary>
internal sealed class RepeatedNoteView : ScriptView
{
    private static readonly string[] Names = ["number", "id", "text_html", "label"];

    public required int Number { get; init; }

    public required string Id { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string Label { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "number" => Number,
        "id" => Id,
        "text_html" => TextHtml,
        "label" => Label,
        _ => NoMember,
    };
}
