using SiteGen.Core.Diagnostics;
using SiteGen.Core.Publishing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Core.Build;

/// <summary>
/// The site's configuration file (<c>sitegen.yml</c>): base URL, site title and the languages to publish.
/// Read with YamlDotNet; unknown keys, wrong types and invalid values are diagnostics with line and column.
/// </summary>
public sealed record SiteConfiguration(string BaseUrl, string SiteTitle, IReadOnlyList<string> Languages)
{
    public const string FileName = "sitegen.yml";

    public static readonly SiteConfiguration Default = new("https://sitegen.example.org/", "SiteGen", [.. UnLanguage.All.Select(l => l.Tag)]);

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Reads the file; a missing file gives the defaults, an invalid one null and diagnostics.</summary>
    public static SiteConfiguration? Load(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return Default;
        }

        ConfigurationFile? file;
        try
        {
            file = Yaml.Deserialize<ConfigurationFile>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException?.Message ?? exception.Message).Split('\n')[0].Trim();
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, path, (int)exception.Start.Line, (int)exception.Start.Column, message);
            return null;
        }

        file ??= new ConfigurationFile();
        var configuration = new SiteConfiguration(
            file.BaseUrl ?? Default.BaseUrl,
            file.SiteTitle ?? Default.SiteTitle,
            file.Languages ?? Default.Languages.ToList());
        return configuration.Validate(path, diagnostics) ? configuration : null;
    }

    /// <summary>Checks the values; reports what is wrong against the file.</summary>
    public bool Validate(string path, DiagnosticBag diagnostics)
    {
        var valid = true;
        if (!IsHttpUrl(BaseUrl))
        {
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, path, 1, 1, $"baseUrl must be an absolute http or https address ending in '/', not \"{BaseUrl}\"");
            valid = false;
        }

        foreach (var language in Languages.Where(l => !UnLanguage.TryFind(l, out _)))
        {
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, path, 1, 1, $"'{language}' in languages is not one of the UN languages ar, zh-Hans, en, fr, ru, es");
            valid = false;
        }

        return valid;
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && url.EndsWith('/');

    /// <summary>The shape of the file; YamlDotNet refuses keys that are not here.</summary>
    private sealed class ConfigurationFile
    {
        public string? BaseUrl { get; set; }

        public string? SiteTitle { get; set; }

        public List<string>? Languages { get; set; }
    }
}
