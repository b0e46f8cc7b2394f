using System.Text;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Support;

/// <summary>
/// A readable dump of a content model for golden files: one line per unit with id, line:column, label and
/// full text (footnote markers shown as [^N]), then the footnotes, then the preface. The preface lines of adopted
/// texts (heading, report, number, body, date) and the adoption block are shown where the text has them.
/// </summary>
public static class ModelTree
{
    public static string Format(ResolutionDocument document)
    {
        var builder = new StringBuilder();
        var preface = document.Preface;
        builder.Append("session\t").AppendLine(preface.Session);
        builder.Append("committee\t").AppendLine(preface.Committee);
        builder.Append("agendaItem\t").AppendLine(preface.AgendaItem);
        builder.Append("agendaTitle\t").AppendLine(preface.AgendaTitle);
        builder.Append("sponsors\t").AppendLine(string.Join(" | ", preface.Sponsors));
        builder.Append("documentType\t").AppendLine(preface.DocumentType);
        builder.Append("title\t").AppendLine(preface.Title);
        AppendIfAny(builder, "body", preface.Body);
        AppendIfAny(builder, "heading", preface.Heading);
        AppendIfAny(builder, "report", preface.Report);
        AppendIfAny(builder, "number", preface.Number);
        AppendIfAny(builder, "date", preface.Date);
        builder.Append("enactingFormula\t").AppendLine(document.EnactingFormula);
        foreach (var unit in document.Units())
        {
            var (line, column) = document.Source.GetLineColumn(unit.Span.Start);
            var label = unit switch
            {
                OperativeParagraph paragraph => paragraph.Label,
                SubParagraph sub => sub.Label,
                _ => "",
            };
            builder.Append(unit.Id).Append('\t').Append(line).Append(':').Append(column).Append('\t').Append(label).Append('\t');
            AppendContent(builder, unit.Content);
            if (unit is Footnote { Repeats: { } repeats })
            {
                builder.Append("\t(repeats fn").Append(repeats).Append(')');
            }

            builder.AppendLine();
        }

        if (document.Adoption is { } adoption)
        {
            var (line, column) = document.Source.GetLineColumn(adoption.Span.Start);
            builder.Append("adoption\t").Append(line).Append(':').Append(column).Append('\t').Append(adoption.Place)
                .Append("\tmeeting ").Append(adoption.Meeting?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append(adoption.PlenaryMeeting ? " (plenary)" : "")
                .Append("\t").Append(adoption.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-")
                .Append('\t').Append(adoption.Method);
            if (adoption.Votes is { } votes)
            {
                builder.Append(' ').Append(votes.InFavour).Append('-').Append(votes.Against).Append('-').Append(votes.Abstentions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
            }

            builder.Append('\t');
            AppendContent(builder, adoption.Content);
            builder.AppendLine();
        }

        return builder.ToString();
    }

    private static void AppendIfAny(StringBuilder builder, string field, string value)
    {
        if (value.Length > 0)
        {
            builder.Append(field).Append('\t').AppendLine(value);
        }
    }

    private static void AppendContent(StringBuilder builder, IEnumerable<Inline> content)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    builder.Append(run.Text);
                    break;
                case Strong strong:
                    builder.Append("**");
                    AppendContent(builder, strong.Children);
                    builder.Append("**");
                    break;
                case Emphasis emphasis:
                    builder.Append('*');
                    AppendContent(builder, emphasis.Children);
                    builder.Append('*');
                    break;
                case NoteRef note:
                    builder.Append("[^").Append(note.Number).Append(']');
                    break;
                case SymbolLink link:
                    builder.Append('[').Append(link.Text).Append("](").Append(link.Symbol).Append(')');
                    break;
                case WebLink link:
                    builder.Append('<').Append(link.Url).Append('>');
                    break;
            }
        }
    }
}
