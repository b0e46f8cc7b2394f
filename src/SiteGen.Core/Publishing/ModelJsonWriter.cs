using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Publishing;

/// <summary>
/// Writes the content model of one document as JSON (DESIGN.md, "Model export"), for people and scripts:
/// what the metadata file adds to the text (issuing body, distribution, original language, date of issue, what
/// became of the document); units with id, label, text, line and column; footnotes; references; diagnostics.
/// Deterministic and indented; <c>docs/model.schema.json</c> is its JSON Schema.
/// </summary>
public static class ModelJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The nesting is this writer's own code, which the model export's tests read back against the schema: the
        // JSON writer need not check it again at every value.
        SkipValidation = true,
    };

    // The names written for every unit and reference, encoded once rather than checked for escaping and transcoded
    // at every value.
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText ChildrenName = JsonEncodedText.Encode("children");
    private static readonly JsonEncodedText SymbolName = JsonEncodedText.Encode("symbol");
    private static readonly JsonEncodedText InName = JsonEncodedText.Encode("in");

    public static void Write(ResolutionDocument document, IReadOnlyList<Diagnostic> diagnostics, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        Write(document, diagnostics, json);
    }

    /// <summary>Writes into a buffer as it goes, rather than growing an array of its own first as a stream's writer does.</summary>
    public static void Write(ResolutionDocument document, IReadOnlyList<Diagnostic> diagnostics, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        Write(document, diagnostics, json);
    }

    private static void Write(ResolutionDocument document, IReadOnlyList<Diagnostic> diagnostics, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("symbol", document.Metadata.Symbol);
        json.WriteString("language", document.Metadata.Language);
        json.WriteString("title", document.Preface.Title);
        WriteMetadata(json, document.Metadata);
        WritePreface(json, document.Preface);
        json.WriteString("enactingFormula", document.EnactingFormula);
        WriteAdoption(json, document.Source, document.Adoption);

        WriteParts(json, document.Source, document.Preamble, document.Operative);
        if (document.AdoptedText is { } adopted)
        {
            // The text the resolution adopts: its headings, then its own preamble and paragraphs.
            json.WriteStartObject("adoptedText");
            json.WriteStartArray("headings");
            foreach (var heading in adopted.Headings)
            {
                json.WriteStringValue(heading);
            }

            json.WriteEndArray();
            if (adopted.Annexed)
            {
                // Annexed to the resolution, after its adoption line, rather than set out in its operative part.
                json.WriteBoolean("annexed", true);
            }

            WriteParts(json, document.Source, adopted.Preamble, adopted.Operative);
            json.WriteEndObject();
        }

        json.WriteStartArray("footnotes");
        foreach (var note in document.Footnotes)
        {
            json.WriteStartObject();
            WriteUnitFields(json, document.Source, note, label: null);
            if (note.IsStarNote)
            {
                json.WriteString("marker", "*");
            }
            else
            {
                json.WriteNumber("number", note.Number);
            }

            if (note.Repeats is { } repeats)
            {
                json.WriteString("repeats", UnitId.Footnote(repeats).ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("references");
        foreach (var reference in document.References)
        {
            json.WriteStartObject();
            json.WriteString(TextName, reference.Text);
            json.WriteString(SymbolName, reference.Symbol);
            json.WriteString(InName, reference.In.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
            json.WriteString("code", diagnostic.Code);
            json.WriteString("file", diagnostic.Path);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// What the metadata file says that the text does not, under the file's own names (<c>issued</c>, <c>adopted</c>,
    /// <c>meeting</c>, <c>vote</c>, <c>adoptedAs</c>); a field the file does not give is null.
    /// </summary>
    private static void WriteMetadata(Utf8JsonWriter json, DocumentMetadata metadata)
    {
        json.WriteStartObject("metadata");
        json.WriteString("body", JsonNamingPolicy.CamelCase.ConvertName(metadata.Body.ToString()));
        WriteOptional(json, "distribution", metadata.Distribution);
        WriteOptional(json, "originalLanguage", metadata.OriginalLanguage);
        WriteOptional(json, "issued", metadata.Issued);
        var action = metadata.Action;
        WriteOptional(json, "adopted", action?.Date);
        WriteOptional(json, "meeting", action?.Meeting);
        if (action is null || action.Method == AdoptionMethod.Unknown)
        {
            json.WriteNull("vote");
        }
        else
        {
            json.WriteStartObject("vote");
            json.WriteString("method", MethodName(action.Method));
            WriteOptional(json, "inFavour", action.Votes?.InFavour);
            WriteOptional(json, "against", action.Votes?.Against);
            WriteOptional(json, "abstentions", action.Votes?.Abstentions);
            json.WriteEndObject();
        }

        WriteOptional(json, "adoptedAs", action?.AdoptedAs ?? "");
        WriteOptional(json, "editionDate", metadata.Date);
        json.WriteEndObject();
    }

    private static void WriteParts(Utf8JsonWriter json, SourceText source, ImmutableArray<PreambularParagraph> preamble, ImmutableArray<OperativeParagraph> operative)
    {
        json.WriteStartArray("preamble");
        foreach (var paragraph in preamble)
        {
            json.WriteStartObject();
            WriteUnitFields(json, source, paragraph, label: null);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("operative");
        foreach (var paragraph in operative)
        {
            WriteNested(json, source, paragraph, paragraph.Label, paragraph.Children);
        }

        json.WriteEndArray();
    }

    private static void WritePreface(Utf8JsonWriter json, Preface preface)
    {
        json.WriteStartObject("preface");
        json.WriteString("session", preface.Session);
        json.WriteString("committee", preface.Committee);
        json.WriteString("agendaItem", preface.AgendaItem);
        json.WriteString("agendaTitle", preface.AgendaTitle);
        json.WriteStartArray("sponsors");
        foreach (var sponsor in preface.Sponsors)
        {
            json.WriteStringValue(sponsor);
        }

        json.WriteEndArray();
        json.WriteString("documentType", preface.DocumentType);
        json.WriteString("body", preface.Body);
        json.WriteString("heading", preface.Heading);
        json.WriteString("report", preface.Report);
        json.WriteString("number", preface.Number);
        json.WriteString("date", preface.Date);
        json.WriteEndObject();
    }

    /// <summary>The adoption block, or null for a draft; a field the text does not give is null.</summary>
    private static void WriteAdoption(Utf8JsonWriter json, SourceText source, Adoption? adoption)
    {
        if (adoption is null)
        {
            json.WriteNull("adoption");
            return;
        }

        json.WriteStartObject("adoption");
        json.WriteString("text", adoption.Text);
        json.WriteString("place", adoption.Place == AdoptionPlace.Preface ? "preface" : "afterOperativePart");
        WriteOptional(json, "meeting", adoption.Meeting);
        json.WriteBoolean("plenaryMeeting", adoption.PlenaryMeeting);
        WriteOptional(json, "date", adoption.Date);
        json.WriteString("method", MethodName(adoption.Method));
        WriteOptional(json, "inFavour", adoption.Votes?.InFavour);
        WriteOptional(json, "against", adoption.Votes?.Against);
        WriteOptional(json, "abstentions", adoption.Votes?.Abstentions);
        var (line, column) = source.GetLineColumn(adoption.Span.Start);
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
        json.WriteEndObject();
    }

    private static string MethodName(AdoptionMethod method) => method switch
    {
        AdoptionMethod.WithoutVote => "withoutVote",
        AdoptionMethod.Unanimously => "unanimously",
        AdoptionMethod.Vote => "vote",
        AdoptionMethod.RecordedVote => "recordedVote",
        _ => "unknown",
    };

    /// <summary>A date as "2024-11-20", or null.</summary>
    private static void WriteOptional(Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A string, or null when empty.</summary>
    private static void WriteOptional(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length > 0)
        {
            json.WriteString(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNested(Utf8JsonWriter json, SourceText source, Unit unit, string label, IReadOnlyList<SubParagraph> children)
    {
        json.WriteStartObject();
        WriteUnitFields(json, source, unit, label);
        json.WriteStartArray(ChildrenName);
        foreach (var child in children)
        {
            WriteNested(json, source, child, child.Label, child.Children);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUnitFields(Utf8JsonWriter json, SourceText source, Unit unit, string? label)
    {
        json.WriteString(IdName, unit.Id.ToString());
        if (label is not null)
        {
            json.WriteString(LabelName, label);
        }

        json.WriteString(TextName, unit.Text);
        var (line, column) = source.GetLineColumn(unit.Span.Start);
        json.WriteNumber(LineName, line);
        json.WriteNumber(ColumnName, column);
    }
}
