namespace SiteGen.Core.Rendering;

/// <summary>The note an ibid note repeats, as templates read it (<c>note.repeats</c>); see <see cref="DocumentViewModel"/>.</summary>
internal sealed record RepeatedNoteView : ITemplateView<RepeatedNoteView>
{
    public required int Number { get; init; }

    public required string Id { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string Label { get; init; }
}
