using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Core.References;

namespace SiteGen.Core.Incremental;

/// <summary>
/// A citation in the manifest as a short array, <c>["A/RES/78/218","op3","op8"]</c> (the cited paragraph left out
/// when the reference names none): citations are most of what the manifest holds, and named fields would double them.
/// </summary>
internal sealed class CitationJson : JsonConverter<Citation>
{
    public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a citation is an array of its symbol, its unit and the cited paragraph");
        }

        var symbol = NextString(ref reader);
        var unit = NextString(ref reader);
        if (!reader.Read())
        {
            throw new JsonException("a citation is cut short");
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new Citation(symbol, unit, "");
        }

        var paragraph = reader.GetString() ?? throw new JsonException("a citation's paragraph is a string");
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("a citation has at most three parts");
        }

        return new Citation(symbol, unit, paragraph);
    }

    public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Symbol);
        writer.WriteStringValue(value.In);
        if (value.Paragraph.Length > 0)
        {
            writer.WriteStringValue(value.Paragraph);
        }

        writer.WriteEndArray();
    }

    private static string NextString(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException("a citation's symbol and unit are strings");
}
