namespace SiteGen.Core.Rendering.Epub;

/// <summary>The e-book's own values as its templates read them (<c>book</c>); see <see cref="EpubBookModel"/>.</summary>
internal sealed record BookView
{
    public required string Title { get; init; }

    public required string Identifier { get; init; }

    public required string Modified { get; init; }

    public required string Date { get; init; }

    public required string DateText { get; init; }

    public required string Publisher { get; init; }

    public required string AccessibilitySummary { get; init; }

    public required string CertifiedBy { get; init; }

    public required string[] CoverLines { get; init; }

    public required TocEntryView[] Toc { get; init; }
}
