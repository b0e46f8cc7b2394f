namespace SiteGen.Core.Rendering;

/// <summary>A document as templates read it (<c>doc</c> on a site page, <c>document</c> in the e-book); see <see cref="DocumentViewModel"/>.</summary>
internal sealed class DocumentView : ScriptView
{
    private static readonly string[] Names =
    [
        "symbol", "lang", "lang_code", "dir", "is_chinese", "title", "body", "distribution", "original_language", "date",
        "undocs_url", "undocs_label", "page_path", "epub_file_name", "preface", "enacting_formula", "preamble", "operative", "adoption", "notes",
    ];

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

    /// <summary>The adoption block, or null for a draft.</summary>
    public required AdoptionView? Adoption { get; init; }

    public required NoteView[] Notes { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "symbol" => Symbol,
        "lang" => Lang,
        "lang_code" => LangCode,
        "dir" => Dir,
        "is_chinese" => IsChinese,
        "title" => Title,
        "body" => Body,
        "distribution" => Distribution,
        "original_language" => OriginalLanguage,
        "date" => Date,
        "undocs_url" => UndocsUrl,
        "undocs_label" => UndocsLabel,
        "page_path" => PagePath,
        "epub_file_name" => EpubFileName,
        "preface" => Preface,
        "enacting_formula" => EnactingFormula,
        "preamble" => Preamble,
        "operative" => Operative,
        "adoption" => Adoption,
        "notes" => Notes,
        _ => NoMember,
    };
}
