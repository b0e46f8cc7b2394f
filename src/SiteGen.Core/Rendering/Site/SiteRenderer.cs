using System.Text;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// Renders the website (DESIGN.md, "Website requirements") from every modelled document through the templates in
/// <c>templates/site/</c>: one page per language version at <see cref="EditionPaths.Page"/>, the root index, a 404
/// page and the static assets with content-hashed names. Links between pages are relative. Template problems are
/// reported as diagnostics, never thrown; identical input gives identical bytes.
/// </summary>
public sealed class SiteRenderer
{
    /// <summary>The response-headers file static hosts read from the site root.</summary>
    public const string HeadersFileName = "_headers";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TemplateRenderer _templates;

    public SiteRenderer(string templatesDirectory)
    {
        _templates = new TemplateRenderer(templatesDirectory);
    }

    public void Render(IReadOnlyList<ResolutionDocument> documents, SiteOptions options, string siteDirectory, DiagnosticBag diagnostics)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            diagnostics.Report(DiagnosticCatalog.ConfigurationError, "", 1, 1, $"the site's base URL must be an absolute http or https address: '{options.BaseUrl}'");
            return;
        }

        var site = new SiteContext(options, baseUri, SiteAssets.Load(Path.Combine(_templates.TemplatesDirectory, "site", "assets")));
        var editions = Editions(documents, diagnostics);
        var strings = new Dictionary<string, UiStrings?>(StringComparer.Ordinal);
        UiStrings? StringsFor(string tag)
        {
            if (!strings.TryGetValue(tag, out var loaded))
            {
                loaded = UiStrings.Load(_templates.TemplatesDirectory, tag, diagnostics);
                strings[tag] = loaded;
            }

            return loaded;
        }

        foreach (var edition in editions)
        {
            if (StringsFor(edition.Language.Tag) is not { } uiStrings)
            {
                continue;
            }

            var alternates = editions.Where(e => e.Document.Metadata.Symbol == edition.Document.Metadata.Symbol).ToList();
            var model = SitePageModel.ForDocument(site, edition, alternates, uiStrings, tag => StringsFor(tag)?["language_name"] ?? tag);
            Write(siteDirectory, edition.Paths.Page, _templates.Render("site/document.sbn", model, diagnostics));
        }

        // The index and the 404 page speak the documents' language when they share one, English otherwise.
        var siteLanguage = editions.Select(e => e.Language).Distinct().Count() == 1 ? editions[0].Language : UnLanguage.Find("en");
        if (StringsFor(siteLanguage.Tag) is { } siteStrings)
        {
            var index = SitePageModel.ForIndex(site, editions, siteLanguage, siteStrings, tag => StringsFor(tag)?["language_name"] ?? tag);
            Write(siteDirectory, "index.html", _templates.Render("site/index.sbn", index, diagnostics));
            var notFound = SitePageModel.ForNotFound(site, siteLanguage, siteStrings);
            Write(siteDirectory, "404.html", _templates.Render("site/404.sbn", notFound, diagnostics));
        }

        site.Assets.WriteTo(siteDirectory);

        // Response headers for static hosts (Content-Security-Policy, caching of hashed assets), published as they are.
        var headers = Path.Combine(_templates.TemplatesDirectory, "site", HeadersFileName);
        if (File.Exists(headers))
        {
            File.Copy(headers, Path.Combine(siteDirectory, HeadersFileName), overwrite: true);
        }
    }

    /// <summary>The documents that can be published, in a fixed order (symbol, then language tag).</summary>
    private static List<SiteEdition> Editions(IReadOnlyList<ResolutionDocument> documents, DiagnosticBag diagnostics)
    {
        var editions = new List<SiteEdition>();
        foreach (var document in documents)
        {
            var metadata = document.Metadata;
            if (!EditionPaths.IsSafeSymbol(metadata.Symbol))
            {
                diagnostics.Report(DiagnosticCatalog.UnsafeName, document.Source.Path, 1, 1, $"the symbol '{metadata.Symbol}' cannot be published as a path");
                continue;
            }

            if (!UnLanguage.TryFind(metadata.Language, out var language))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, document.Source.Path, 1, 1, $"'{metadata.Language}' is not a UN language");
                continue;
            }

            if (editions.Any(e => e.Document.Metadata.Symbol == metadata.Symbol && e.Language == language))
            {
                diagnostics.Report(DiagnosticCatalog.ConfigurationError, document.Source.Path, 1, 1, $"{metadata.Symbol} in {language.Tag} is given twice");
                continue;
            }

            editions.Add(new SiteEdition(document, language, new EditionPaths(metadata.Symbol, language)));
        }

        editions.Sort((a, b) =>
        {
            var bySymbol = string.CompareOrdinal(a.Document.Metadata.Symbol, b.Document.Metadata.Symbol);
            return bySymbol != 0 ? bySymbol : string.CompareOrdinal(a.Language.Tag, b.Language.Tag);
        });
        return editions;
    }

    private static void Write(string siteDirectory, string relativePath, string? html)
    {
        if (html is null)
        {
            return;
        }

        var path = Path.Combine(siteDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html, Utf8);
    }
}
