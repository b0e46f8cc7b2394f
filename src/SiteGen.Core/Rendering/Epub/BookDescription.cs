using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// What the e-book says about its document besides the text: what kind of document it is, a one-sentence
/// description, its subjects and the date line of its cover. Each from the text where it says so, else from the
/// metadata file; plain text, in the book's language.
/// </summary>
internal static class BookDescription
{
    /// <summary>The document type as the preface writes it ("决议草案", "revised draft resolution"), else by its standing.</summary>
    public static string Kind(ResolutionDocument document, UiStrings strings, DiagnosticBag diagnostics) =>
        document.Preface.DocumentType.Length > 0
            ? document.Preface.DocumentType
            : strings.Require(DocumentStandings.Of(document) == DocumentStanding.Adopted ? "document_kind_resolution" : "document_kind_draft", diagnostics);

    /// <summary>
    /// The date the document was acted on, with what was done ("Approved on: 20 November 2024"), for a book whose
    /// document has no date of its own; "" when the metadata file records none.
    /// </summary>
    public static string ActionDate(ResolutionDocument document, UiStrings strings, DiagnosticBag diagnostics)
    {
        if (document.Metadata.Action?.Date is not { } date)
        {
            return "";
        }

        var label = DocumentStandings.Of(document) == DocumentStanding.ApprovedInCommittee ? "fact_approved_on" : "fact_adopted_on";
        return strings.Require(label, diagnostics)
            + strings.Require("document_type_separator", diagnostics)
            + EpubBookModel.FormatDate(date, strings.Require("epub_date", diagnostics), strings.Require("month_names", diagnostics));
    }

    /// <summary>
    /// Session, committee, agenda item, heading, then the kind, symbol and title, as the page's description joins
    /// them: "第七十九届会议，第三委员会，议程项目71(c)，决议草案 A/C.3/79/L.34：朝鲜民主主义人民共和国人权状况".
    /// </summary>
    public static string Describe(ResolutionDocument document, string kind, string title, UiStrings strings, DiagnosticBag diagnostics)
    {
        var preface = document.Preface;
        var identity = string.Join(" ", new[] { kind, document.Metadata.Symbol }.Where(part => part.Length > 0));
        var parts = new[]
        {
            preface.Session,
            preface.Committee,
            preface.AgendaItem.Length > 0 ? strings.Fill("agenda_item", preface.AgendaItem, diagnostics) : "",
            preface.Heading,
            identity + strings.Require("document_type_separator", diagnostics) + title,
        };
        return string.Join(strings.Require("description_separator", diagnostics), parts.Where(part => part.Length > 0));
    }

    /// <summary>The sponsors in one line, as the language lists things: "A, B and C", "A、B和C"; "" when there are none.</summary>
    public static string SponsorList(ResolutionDocument document, UiStrings strings, DiagnosticBag diagnostics)
    {
        var sponsors = document.Preface.Sponsors;
        return sponsors.Length switch
        {
            0 => "",
            1 => sponsors[0],
            _ => string.Join(strings.Require("list_separator", diagnostics), sponsors.AsSpan(0, sponsors.Length - 1))
                + strings.Require("list_last_separator", diagnostics)
                + sponsors[^1],
        };
    }

    /// <summary>
    /// The subjects of the agenda item the document stands under: a UN agenda title names a heading and its
    /// sub-item after a colon ("促进和保护人权：人权状况和特别报告员及代表的报告"), one subject each. A document
    /// without an agenda item has its title as its subject.
    /// </summary>
    public static IReadOnlyList<string> Subjects(ResolutionDocument document, string title)
    {
        var subjects = document.Preface.AgendaTitle
            .Split([':', '：'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        return subjects.Count > 0 ? subjects : [title];
    }
}
