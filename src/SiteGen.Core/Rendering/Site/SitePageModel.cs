using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The global variables of one site page: <c>site</c> (title, base address), <c>page</c> (language, relative path
/// to the root, asset paths, canonical and alternate addresses, metadata), <c>strings</c> and, on a document page,
/// <c>doc</c> (<see cref="DocumentViewModel"/>) or, on the index, <c>documents</c>.
/// </summary>
internal static class SitePageModel
{
    public static ScriptObject ForDocument(SiteContext site, ResolutionDocument document, SiteEdition edition, IReadOnlyList<SiteEdition> alternates, UiStrings strings, Func<string, string> languageName, DiagnosticBag diagnostics)
    {
        var root = edition.Paths.RootFromPage;
        var canonical = site.Absolute(edition.Paths.Directory);
        var epubUrl = site.Absolute(edition.Paths.Epub);
        var undocs = edition.Paths.UndocsUrl(edition.Metadata.Symbol);
        var model = Common(site, edition.Language, strings, root, "document", canonical);
        var page = (ScriptObject)model["page"]!;
        page["alternates"] = Array(alternates.Select(other => new ScriptObject
        {
            ["lang"] = other.Language.Tag,
            ["lang_code"] = other.Language.Code,
            ["name"] = languageName(other.Language.Tag),
            ["href"] = other == edition ? "index.html" : root + other.Paths.Page,
            ["url"] = site.Absolute(other.Paths.Directory),
            ["current"] = other == edition,
        }));
        page["og_locale_alternates"] = Array(alternates.Where(other => other != edition).Select(other => (object)OpenGraphLocale(other.Language)));
        page["epub_href"] = edition.Paths.EpubFileName;
        page["epub_url"] = epubUrl;
        page["json_ld_html"] = new HtmlString(LegislationJsonLd.Build(document, canonical, epubUrl, undocs));
        model["doc"] = DocumentViewModel.Build(document, strings, MarkupFlavor.Html, diagnostics);
        return model;
    }

    public static ScriptObject ForIndex(SiteContext site, IReadOnlyList<(SiteEdition Edition, string Title)> editions, UnLanguage language, UiStrings strings, Func<string, string> languageName)
    {
        var model = Common(site, language, strings, "", "index", site.BaseUrl);
        model["documents"] = Array(editions.Select(entry => new ScriptObject
        {
            ["lang"] = entry.Edition.Language.Tag,
            ["lang_code"] = entry.Edition.Language.Code,
            ["dir"] = entry.Edition.Language.Code == "ar" ? "rtl" : "ltr",
            ["language_name"] = languageName(entry.Edition.Language.Tag),
            ["symbol"] = entry.Edition.Metadata.Symbol,
            ["title"] = entry.Title,
            ["href"] = entry.Edition.Paths.Page,
            ["epub_href"] = entry.Edition.Paths.Epub,
        }));
        return model;
    }

    /// <summary>The 404 page is served at any depth, so its links start from the site's path on its host.</summary>
    public static ScriptObject ForNotFound(SiteContext site, UnLanguage language, UiStrings strings) =>
        Common(site, language, strings, site.BasePath, "not-found", "");

    private static ScriptObject Common(SiteContext site, UnLanguage language, UiStrings strings, string root, string kind, string canonical)
    {
        var assets = site.Assets;
        return new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = site.Options.SiteTitle,
                ["base_url"] = site.BaseUrl,
            },
            ["page"] = new ScriptObject
            {
                ["kind"] = kind,
                ["lang"] = language.Tag,
                ["lang_code"] = language.Code,
                ["dir"] = language.Code == "ar" ? "rtl" : "ltr",
                ["root"] = root,
                ["home_href"] = root + "index.html",
                ["css"] = assets.Contains("site.css") ? root + assets["site.css"] : "",
                ["js"] = assets.Contains("site.js") ? root + assets["site.js"] : "",
                ["icon"] = assets.Contains("icon.svg") ? root + assets["icon.svg"] : "",
                ["canonical_url"] = canonical,
                ["og_locale"] = OpenGraphLocale(language),
                ["og_locale_alternates"] = new ScriptArray(),
                ["alternates"] = new ScriptArray(),
            },
            ["strings"] = strings.ForTemplates(MarkupFlavor.Html),
        };
    }

    // Open Graph wants language_TERRITORY; these are the usual territories for the UN's languages.
    private static string OpenGraphLocale(UnLanguage language) => language.Code switch
    {
        "ar" => "ar_AR",
        "zh" => "zh_CN",
        "en" => "en_GB",
        "fr" => "fr_FR",
        "ru" => "ru_RU",
        "es" => "es_ES",
        _ => language.Code,
    };

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
