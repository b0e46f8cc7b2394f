using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The site's configuration file (<c>sitegen.yml</c>): base URL, site title, the title's language and the languages
/// to publish.
/// Read with YamlDotNet; unknown keys, wrong types and invalid values are diagnostics with line and column.
/// </summary>
public sealed record SiteConfiguration(string BaseUrl, string SiteTitle, IReadOnlyList<string> Languages, string SiteTitleLanguage = "en")
{
    public const string FileName = "sitegen.yml";

    public static readonly SiteConfiguration Default = new("https://sitegen.example.org/", "SiteGen", [.. UnLanguage.All.Select(l => l.Tag)]);

    /// <summary>Reads the file; a missing file gives the defaults, an invalid one null and diagnostics.</summary>
    public static SiteConfiguration? Load(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return Default;
        }

        var errors = diagnostics.ErrorCount;
        var yaml = YamlMapping.Parse(File.ReadAllText(path), path, diagnostics, DiagnosticCatalog.ConfigurationError);
        if (yaml is null || !yaml.HasOnlyKeys("baseUrl", "siteTitle", "siteTitleLanguage", "languages"))
        {
            return null;
        }

        var configuration = new SiteConfiguration(
            yaml.String("baseUrl") ?? Default.BaseUrl,
            yaml.String("siteTitle") ?? Default.SiteTitle,
            yaml.Strings("languages") ?? Default.Languages,
            yaml.String("siteTitleLanguage") ?? Default.SiteTitleLanguage);
        if (!IsHttpUrl(configuration.BaseUrl))
        {
            yaml.ReportAt("baseUrl", $"baseUrl must be an absolute http or https address ending in '/', not \"{configuration.BaseUrl}\"");
        }

        if (!IsLanguageTag(configuration.SiteTitleLanguage))
        {
            yaml.ReportAt("siteTitleLanguage", $"siteTitleLanguage must be a language tag such as en or zh-Hans, not \"{configuration.SiteTitleLanguage}\"");
        }

        foreach (var language in configuration.Languages.Where(l => !UnLanguage.TryFind(l, out _)))
        {
            yaml.ReportAt("languages", $"'{language}' in languages is not one of the UN languages ar, zh-Hans, en, fr, ru, es");
        }

        return diagnostics.ErrorCount > errors ? null : configuration;
    }

    // BCP 47 in its common shape: a language subtag, then script, region or variant subtags (RFC 5646 §2.1).
    private static bool IsLanguageTag(string tag) =>
        tag.Split('-') is [var language, .. var rest]
        && language.Length is >= 2 and <= 3 && language.All(char.IsAsciiLetter)
        && rest.All(part => part.Length is >= 2 and <= 8 && part.All(char.IsAsciiLetterOrDigit));

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && url.EndsWith('/');
}
