using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Core.Loading;

/// <summary>
/// Finds the documents in a content folder: every <c>document.yml</c> below it describes one document (symbol,
/// body, distribution, original language, date) and lists its language versions, each a source file beside
/// it. Unknown keys, wrong types, unsafe symbols and missing sources are errors with file, line and column.
/// </summary>
public static class ContentLoader
{
    public const string MetadataFileName = "document.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<DocumentSource> Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, contentDirectory, 1, 1, contentDirectory);
            return [];
        }

        var sources = new List<DocumentSource>();
        var files = Directory.EnumerateFiles(contentDirectory, MetadataFileName, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            sources.AddRange(LoadDocument(file, Path.GetRelativePath(Directory.GetCurrentDirectory(), file), diagnostics));
        }

        return sources;
    }

    private static IEnumerable<DocumentSource> LoadDocument(string file, string displayPath, DiagnosticBag diagnostics)
    {
        MetadataFile? metadata;
        try
        {
            metadata = Yaml.Deserialize<MetadataFile>(File.ReadAllText(file));
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException?.Message ?? exception.Message;
            diagnostics.Report(DiagnosticCatalog.InvalidMetadata, displayPath, (int)exception.Start.Line, (int)exception.Start.Column, FirstLine(message));
            return [];
        }

        if (metadata is null)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, "the metadata file is empty");
            return [];
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(metadata.Symbol) || !EditionPaths.IsSafeSymbol(metadata.Symbol))
        {
            errors.Add($"'symbol' must be a UN document symbol such as A/C.3/79/L.34, not \"{metadata.Symbol}\"");
        }

        var body = ParseBody(metadata.Body);
        if (body == IssuingBody.Unknown)
        {
            errors.Add($"'body' must be one of General Assembly, Security Council, Human Rights Council, Economic and Social Council, not \"{metadata.Body}\"");
        }

        if (metadata.Versions is not { Count: > 0 })
        {
            errors.Add("'versions' must list at least one language version (language and source)");
        }

        foreach (var error in errors)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, error);
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var folder = Path.GetDirectoryName(file)!;
        var versions = new List<DocumentSource>();
        foreach (var version in metadata.Versions!)
        {
            if (!UnLanguage.TryFind(version.Language ?? "", out var language))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, $"'{version.Language}' is not one of the UN languages ar, zh-Hans, en, fr, ru, es");
                continue;
            }

            if (string.IsNullOrWhiteSpace(version.Source) || version.Source.Contains('/') || version.Source.Contains('\\') || version.Source.StartsWith('.'))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidMetadata, displayPath, 1, 1, $"'source' must be a file name beside {MetadataFileName}, not \"{version.Source}\"");
                continue;
            }

            var sourcePath = Path.Combine(folder, version.Source);
            versions.Add(new DocumentSource(
                sourcePath,
                Path.Combine(Path.GetDirectoryName(displayPath) ?? "", version.Source),
                new DocumentMetadata(metadata.Symbol!, language.Tag, body, metadata.Distribution ?? "", metadata.OriginalLanguage ?? "", metadata.Date)));
        }

        return versions;
    }

    private static IssuingBody ParseBody(string? body) => body?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "generalassembly" => IssuingBody.GeneralAssembly,
        "securitycouncil" => IssuingBody.SecurityCouncil,
        "humanrightscouncil" => IssuingBody.HumanRightsCouncil,
        "economicandsocialcouncil" => IssuingBody.EconomicAndSocialCouncil,
        _ => IssuingBody.Unknown,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>The shape of <c>document.yml</c>; YamlDotNet refuses keys that are not here.</summary>
    private sealed class MetadataFile
    {
        public string? Symbol { get; set; }

        public string? Body { get; set; }

        public string? Distribution { get; set; }

        public string? OriginalLanguage { get; set; }

        public DateOnly? Date { get; set; }

        public List<VersionEntry>? Versions { get; set; }
    }

    private sealed class VersionEntry
    {
        public string? Language { get; set; }

        public string? Source { get; set; }
    }
}
