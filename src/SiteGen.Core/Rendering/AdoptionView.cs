namespace SiteGen.Core.Rendering;

/// <summary>
/// A resolution's adoption block as templates read it (<c>doc.adoption</c>, null for a draft); see
/// <see cref="DocumentViewModel"/>. <c>place</c> is "preface" or "end" (after the operative part); <c>date</c> is
/// "2025-12-01" or ""; <c>method</c> is "without_vote", "unanimously", "vote", "recorded_vote" or "".
/// </summary>
internal sealed class AdoptionView : ScriptView
{
    private static readonly string[] Names = ["text_html", "place", "date", "meeting", "method"];

    public required InlineMarkup TextHtml { get; init; }

    public required string Place { get; init; }

    public required string Date { get; init; }

    public required int? Meeting { get; init; }

    public required string Method { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "text_html" => TextHtml,
        "place" => Place,
        "date" => Date,
        "meeting" => Meeting,
        "method" => Method,
        _ => NoMember,
    };
}
