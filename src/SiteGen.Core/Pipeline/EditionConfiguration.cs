using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Searching;

namespace SiteGen.Core.Pipeline;

/// <summary>
/// The configure stage's result: the site's configuration with the command line's overrides, the languages it
/// publishes, and the renderers, whose templates are parsed on another core while the content is read.
/// </summary>
internal sealed record EditionConfiguration(BuildOptions Options, SiteConfiguration Site, IReadOnlySet<string> Languages, DocumentRenderers Renderers)
{
    /// <summary>What indexes the site for search; null when the build leaves the index out.</summary>
    public SearchIndexer? Search { get; init; }

    public static EditionConfiguration? Read(BuildOptions options, DiagnosticBag diagnostics)
    {
        var site = SiteConfiguration.Load(options.ConfigurationPath, diagnostics);
        if (site is not null && options.BaseUrl is not null)
        {
            if (!SiteConfiguration.IsHttpUrl(options.BaseUrl))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, "--base-url", 1, 1, $"--base-url must be an absolute http or https address ending in '/', not \"{options.BaseUrl}\"");
                return null;
            }

            site = site with { BaseUrl = options.BaseUrl };
        }

        return site is null
            ? null
            : new EditionConfiguration(options, site, site.Languages.Select(l => UnLanguage.Find(l).Tag).ToHashSet(StringComparer.Ordinal), DocumentRenderers.Start(options))
            {
                Search = options.Search ? new SearchIndexer(Path.Combine(options.OutputDirectory, Publishing.StagedOutput.SiteFolderName)) : null,
            };
    }
}
