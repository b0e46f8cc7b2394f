namespace SiteGen.Core.Rendering.Epub;

/// <summary>The e-book's own values as its templates read them (<c>book</c>); see <see cref="EpubBookModel"/>.</summary>
internal sealed class BookView : ScriptView
{
    private static readonly string[] Names =
    [
        "title", "identifier", "modified", "date", "date_text", "publisher", "accessibility_summary", "certified_by", "cover_lines", "toc",
    ];

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

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "title" => Title,
        "identifier" => Identifier,
        "modified" => Modified,
        "date" => Date,
        "date_text" => DateText,
        "publisher" => Publisher,
        "accessibility_summary" => AccessibilitySummary,
        "certified_by" => CertifiedBy,
        "cover_lines" => CoverLines,
        "toc" => Toc,
        _ => NoMember,
    };
}
