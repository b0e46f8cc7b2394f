namespace SiteGen.Core.Rendering;

/// <summary>A document as templates read it (<c>doc</c> on a site page, <c>document</c> in the e-book); see <see cref="DocumentViewModel"/>.</summary>
internal sealed record DocumentView : ITemplateView<DocumentView>
{
    public required string Symbol { get; init; }

    public required string Lang { get; init; }

    public required string LangCode { get; init; }

    public required string Dir { get; init; }

    public required bool IsChinese { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string Distribution { get; init; }

    public required string OriginalLanguage { get; init; }

    public required string Date { get; init; }

    public required string UndocsUrl { get; init; }

    public required string UndocsLabel { get; init; }

    public required string PagePath { get; init; }

    public required string EpubFileName { get; init; }

    public required PrefaceView Preface { get; init; }

    public required string EnactingFormula { get; init; }

    public required UnitView[] Preamble { get; init; }

    public required UnitView[] Operative { get; init; }

    /// <summary>The operative paragraphs, each followed by its sub-paragraphs: every unit of <see cref="Operative"/> in reading order.</summary>
    public required UnitView[] OperativeUnits { get; init; }

    /// <summary>The text the resolution adopts, set out after its operative part, or null.</summary>
    public required AdoptedTextView? AdoptedText { get; init; }

    /// <summary>The adoption block, or null for a draft.</summary>
    public required AdoptionView? Adoption { get; init; }

    public required NoteView[] Notes { get; init; }

    /// <summary>The preambular paragraphs' markup (<see cref="UnitMarkupWriter.Preamble"/>).</summary>
    public required UnitRunMarkup PreambleHtml { get; init; }

    /// <summary>The operative part's markup, its nesting included (<see cref="UnitMarkupWriter.Operative"/>).</summary>
    public required UnitRunMarkup OperativeHtml { get; init; }

    /// <summary>The notes' markup, the items of their list (<see cref="UnitMarkupWriter.Notes"/>).</summary>
    public required UnitRunMarkup NotesHtml { get; init; }

    /// <summary>The table of contents' links to the operative paragraphs (<see cref="UnitMarkupWriter.TocParagraphs"/>).</summary>
    public required UnitRunMarkup TocParagraphsHtml { get; init; }
}
