namespace SiteGen.Core.Rendering;

/// <summary>A footnote as templates read it; see <see cref="DocumentViewModel"/>.</summary>
internal sealed record NoteView : ITemplateView<NoteView>
{
    public required string Id { get; init; }

    /// <summary>Always "note", as a unit's kind.</summary>
    public string Kind => "note";

    public required int Number { get; init; }

    public required string Label { get; init; }

    /// <summary>How a reader cites the note: its label.</summary>
    public string Citation => Label;

    /// <summary>The note cited with the document's symbol: <c>A/C.3/79/L.34, note 16</c>.</summary>
    public required string Cite { get; init; }

    public required string RefId { get; init; }

    public required bool Referenced { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public required string PermalinkLabel { get; init; }

    public required string BacklinkLabel { get; init; }

    /// <summary>The note an ibid note repeats, or null.</summary>
    public required RepeatedNoteView? Repeats { get; init; }
}
