using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The schema.org <c>Legislation</c> description of a document page, as JSON-LD. Data, not markup: the encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text can stand inside a <c>script</c> element.
/// </summary>
internal static class LegislationJsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
    };

    public static string Build(ResolutionDocument document, string canonicalUrl, string epubUrl, string undocsUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
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
            if (document.Metadata.Date is { } date)
            {
                json.WriteString("legislationDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteStartObject("legislationPassedBy");
            json.WriteString("@type", "Organization");
            json.WriteString("name", BodyName(document.Metadata.Body));
            json.WriteEndObject();
            json.WriteStartObject("encoding");
            json.WriteString("@type", "MediaObject");
            json.WriteString("contentUrl", epubUrl);
            json.WriteString("encodingFormat", "application/epub+zip");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

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
