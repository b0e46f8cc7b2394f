using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Searching;

/// <summary>
/// What search needs of one document page, written beside it as <c>search.json</c> when the page is written: its
/// title, its body, session and standing (the search page's filters) and each unit (preambular and operative
/// paragraph, sub-paragraph, unit of the adopted text, note) with its anchor, citation and text. The index is made
/// from these records, so a rebuild reads none of the documents it does not build again; the search page reads a
/// result's record for its excerpts. JSON: <c>{"title","body","session","type","units":[[id,citation,text],…]}</c>.
/// </summary>
internal sealed record SearchRecord(string Title, string Body, string Session, string Standing, IReadOnlyList<SearchUnit> Units)
{
    /// <summary>The record's name, beside the page.</summary>
    public const string FileName = "search.json";

    // The record is read as data, never set into a page as markup: letters of every script are kept as they are.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether a document's published files hold its page's search record (not when it was built without the index).</summary>
    public static bool IsAmong(Incremental.PublishedDocument published)
    {
        var path = new EditionPaths(published.Symbol, UnLanguage.Find(published.Language)).Directory + FileName;
        return published.Files.Any(file => string.Equals(file.Path, path, StringComparison.Ordinal));
    }

    /// <summary>The record of a document page, from its model, the view its page was rendered from and its header.</summary>
    public static SearchRecord Of(ResolutionDocument document, DocumentView view, HeaderView header)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in document.Units())
        {
            texts.TryAdd(unit.Id.ToString(), unit.Text);
        }

        var units = new List<SearchUnit>(texts.Count);
        var adopted = view.AdoptedText is { } text ? text.Preamble.Concat(text.OperativeUnits) : [];
        foreach (var unit in view.Preamble.Concat(view.OperativeUnits).Concat(adopted))
        {
            units.Add(new SearchUnit(unit.Id, unit.Cite, texts.GetValueOrDefault(unit.Id, "")));
        }

        foreach (var note in view.Notes)
        {
            units.Add(new SearchUnit(note.Id, note.Cite, texts.GetValueOrDefault(note.Id, "")));
        }

        return new SearchRecord(view.Title, Fact(header, "body"), Fact(header, "session"), Fact(header, "status"), units);
    }

    private static string Fact(HeaderView header, string name) =>
        header.Facts.FirstOrDefault(fact => string.Equals(fact.Name, name, StringComparison.Ordinal))?.Value ?? "";

    /// <summary>Writes the record at its path in the site folder of its page.</summary>
    public void Write(string path)
    {
        using var buffer = OutputBuffers.Rent("search record");
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteString("title", Title);
            json.WriteString("body", Body);
            json.WriteString("session", Session);
            json.WriteString("type", Standing);
            json.WriteStartArray("units");
            foreach (var unit in Units)
            {
                json.WriteStartArray();
                json.WriteStringValue(unit.Id);
                json.WriteStringValue(unit.Citation);
                json.WriteStringValue(unit.Text);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        OutputBuffers.WriteFile(path, buffer);
    }

    /// <summary>Reads a record; null when it is not one (a file changed by hand, say).</summary>
    public static SearchRecord? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            string? title = null, body = null, session = null, standing = null;
            var units = new List<SearchUnit>();
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "title": title = reader.GetString(); break;
                    case "body": body = reader.GetString(); break;
                    case "session": session = reader.GetString(); break;
                    case "type": standing = reader.GetString(); break;
                    case "units":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                        {
                            var id = Next(ref reader);
                            var citation = Next(ref reader);
                            var text = Next(ref reader);
                            Expect(ref reader, JsonTokenType.EndArray);
                            units.Add(new SearchUnit(id, citation, text));
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return title is null || body is null || session is null || standing is null ? null : new SearchRecord(title, body, session, standing, units);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Next(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new FormatException($"expected {type}");
        }
    }
}
