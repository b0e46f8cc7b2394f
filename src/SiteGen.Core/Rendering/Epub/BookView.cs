namespace SiteGen.Core.Rendering.Epub;

/// <summary>The e-book's own values as its templates read them (<c>book</c>); see <see cref="EpubBookModel"/>.</summary>
internal sealed record BookView : ITemplateView<BookView>
{
    public required string Title { get; init; }

    public required string Identifier { get; init; }

    public required string Modified { get; init; }

    public required string Date { get; init; }

    public required string DateText { get; init; }

    public required string Publisher { get; init; }

    public required string AccessibilitySummary { get; init; }

    public required string CertifiedBy { get; init; }

    /// <summary>What the document is, as its preface names it ("决议草案", "draft resolution"), else by its standing.</summary>
    public required string Kind { get; init; }

    /// <summary>The cover's date line: the document's date, else the date it was acted on with what was done.</summary>
    public required string CoverDate { get; init; }

    public required string Description { get; init; }

    public required string[] Subjects { get; init; }

    /// <summary>The sponsors, each a <c>dc:contributor</c> with the MARC role "spn".</summary>
    public required string[] Sponsors { get; init; }

    /// <summary>The sponsors as the package document lists them, each a <c>dc:contributor</c> with its role, written by SiteGen.</summary>
    public required PackageMarkup ContributorsHtml { get; init; }

    public required string Rights { get; init; }

    public required string EditionNote { get; init; }

    public required string[] CoverLines { get; init; }

    public required TocEntryView[] Toc { get; init; }

    /// <summary>The entries of <see cref="Toc"/> as the navigation document lists them, written by SiteGen with one expression.</summary>
    public required UnitRunMarkup TocHtml { get; init; }

    /// <summary>The table of contents' entries for the operative paragraphs of the text the resolution adopts, if any.</summary>
    public required TocEntryView[] AdoptedTextToc { get; init; }

    /// <summary>The entries of <see cref="AdoptedTextToc"/> as the navigation document lists them.</summary>
    public required UnitRunMarkup AdoptedTextTocHtml { get; init; }
}
