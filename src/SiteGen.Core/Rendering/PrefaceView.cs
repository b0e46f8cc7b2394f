namespace SiteGen.Core.Rendering;

/// <summary>A document's preface as templates read it (<c>doc.preface</c>); see <see cref="DocumentViewModel"/>.</summary>
internal sealed class PrefaceView : ScriptView
{
    private static readonly string[] Names = ["session", "committee", "agenda_item", "agenda_item_label", "agenda_title", "sponsors", "document_type", "title", "body", "heading", "report", "number", "date"];

    public required string Session { get; init; }

    public required string Committee { get; init; }

    public required string AgendaItem { get; init; }

    public required string AgendaItemLabel { get; init; }

    public required string AgendaTitle { get; init; }

    public required string[] Sponsors { get; init; }

    public required string DocumentType { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string Heading { get; init; }

    public required string Report { get; init; }

    public required string Number { get; init; }

    public required string Date { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "session" => Session,
        "committee" => Committee,
        "agenda_item" => AgendaItem,
        "agenda_item_label" => AgendaItemLabel,
        "agenda_title" => AgendaTitle,
        "sponsors" => Sponsors,
        "document_type" => DocumentType,
        "title" => Title,
        "body" => Body,
        "heading" => Heading,
        "report" => Report,
        "number" => Number,
        "date" => Date,
        _ => NoMember,
    };
}
