namespace SiteGen.Core.Rendering;

/// <summary>
/// A footnote as templates read it; see <see cref="DocumentViewModel"/>. Its full citation and labels are made from
/// its label when a template reads them, and written into a page in pieces (<see cref="UnitMarkupWriter"/>).
/// </summary>
internal sealed record NoteView : ITemplateView<NoteView>
{
    public required string Id { get; init; }

    /// <summary>Always "note", as a unit's kind.</summary>
    public string Kind => "note";

    public required int Number { get; init; }

    public required string Label { get; init; }

    /// <summary>The strings notes are cited and labelled with in the document.</summary>
    internal required UnitLabels Labels { get; init; }

    /// <summary>Where the note stands: its label.</summary>
    internal UnitPlace Place => new(Label);

    /// <summary>How a reader cites the note: its label.</summary>
    public string Citation => Label;

    /// <summary>The note cited with the document's symbol: <c>A/C.3/79/L.34, note 16</c>.</summary>
    public string Cite => Labels.Plain(Labels.Cite.With(Place));

    public required string RefId { get; init; }

    public required bool Referenced { get; init; }

    public required InlineMarkup TextHtml { get; init; }

    public string PermalinkLabel => Labels.Plain(Labels.Permalink.With(Place));

    public string BacklinkLabel => Labels.Plain(Labels.Backlink!.With(Place));

    /// <summary>The note an ibid note repeats, or null.</summary>
    public required RepeatedNoteView? Repeats { get; init; }
}
