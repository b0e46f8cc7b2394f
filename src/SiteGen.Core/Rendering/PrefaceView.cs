namespace SiteGen.Core.Rendering;

/// <summary>A document's preface as templates read it (<c>doc.preface</c>); see <see cref="DocumentViewModel"/>.</summary>
internal sealed record PrefaceView : ITemplateView<PrefaceView>
{
    public required string Session { get; init; }

    public required string Committee { get; init; }

    public required string AgendaItem { get; init; }

    /// <summary>The interface's "Agenda item {n}" with the item filled in; empty without an agenda item.</summary>
    public required string AgendaItemLabel { get; init; }

    public required string AgendaTitle { get; init; }

    public required string[] Sponsors { get; init; }

    /// <summary>The sponsors in one line, as the page's language lists things ("A, B and C", "A、B和C"); "" without sponsors.</summary>
    public required string SponsorList { get; init; }

    public required string DocumentType { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string Heading { get; init; }

    public required string Report { get; init; }

    /// <summary>The report's line as written ("[on the report of the Third Committee (A/79/457)]"), its symbols linked; empty without one.</summary>
    public required InlineMarkup ReportHtml { get; init; }

    public required string Number { get; init; }

    public required string Date { get; init; }
}
