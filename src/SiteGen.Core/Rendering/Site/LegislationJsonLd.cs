using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The schema.org <c>Legislation</c> description of a document page, as JSON-LD. Data, not markup: the encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text can stand inside a <c>script</c> element. Each date
/// means one thing: <c>legislationDate</c> is the document's own date (of issue, or of adoption for an adopted text),
/// <c>dateModified</c> this edition's; only an adopted text names the body that passed it, never a draft. The
/// official PDF and this edition's e-book are <c>LegislationObject</c>s of official and unofficial legal value.
/// Written by the page's template (<c>page.json_ld_html</c>) as it is, as UTF-8 straight into a page's buffer.
/// </summary>
internal sealed class LegislationJsonLd(ResolutionDocument document, string canonicalUrl, string? epubUrl, string undocsUrl, bool adopted) : IMarkup
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
    };

    /// <summary>Writes the JSON-LD into a page: made as UTF-8 into the page's buffer when it is one, without a copy.</summary>
    public void WriteTo(IMarkupOutput output, MarkupFlavor flavor)
    {
        if (output is Utf8BufferWriter page)
        {
            using var json = new Utf8JsonWriter(page.Bytes(), Options);
            Write(json);
            return;
        }

        output.Markup(ToString());
    }

    /// <summary>The JSON-LD as a string.</summary>
    public override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Legislation");
        json.WriteString("name", document.Title);
        json.WriteString("legislationIdentifier", document.Metadata.Symbol);
        if (document.Preface.DocumentType.Length > 0)
        {
            json.WriteString("legislationType", document.Preface.DocumentType);
        }

        json.WriteString("inLanguage", document.Metadata.Language);
        json.WriteString("url", canonicalUrl);
        json.WriteString("sameAs", undocsUrl);
        var documentDate = adopted ? document.Adoption?.Date ?? document.Metadata.Action?.Date ?? document.Metadata.Issued : document.Metadata.Issued;
        if (documentDate is { } date)
        {
            json.WriteString("legislationDate", Day(date));
        }

        if (document.Metadata.Date is { } modified)
        {
            json.WriteString("dateModified", Day(modified));
        }

        if (adopted)
        {
            json.WriteStartObject("legislationPassedBy");
            json.WriteString("@type", "Organization");
            json.WriteString("name", BodyName(document.Metadata.Body));
            json.WriteEndObject();
        }

        json.WriteStartArray("encoding");
        WriteEncoding(json, undocsUrl, "application/pdf", "OfficialLegalValue");
        if (epubUrl is not null)
        {
            WriteEncoding(json, epubUrl, "application/epub+zip", "UnofficialLegalValue");
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEncoding(Utf8JsonWriter json, string url, string type, string legalValue)
    {
        json.WriteStartObject();
        json.WriteString("@type", "LegislationObject");
        json.WriteString("contentUrl", url);
        json.WriteString("encodingFormat", type);
        json.WriteString("legislationLegalValue", "https://schema.org/" + legalValue);
        json.WriteEndObject();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string BodyName(IssuingBody body) => body switch
    {
        IssuingBody.GeneralAssembly => "United Nations General Assembly",
        IssuingBody.SecurityCouncil => "United Nations Security Council",
        IssuingBody.HumanRightsCouncil => "United Nations Human Rights Council",
        IssuingBody.CommissionOnHumanRights => "United Nations Commission on Human Rights",
        IssuingBody.EconomicAndSocialCouncil => "United Nations Economic and Social Council",
        _ => "United Nations",
    };
}
