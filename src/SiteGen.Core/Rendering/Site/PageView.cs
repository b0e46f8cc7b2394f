namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One page as its template reads it (<c>page</c>); see <see cref="SitePageModel"/>. The e-book's addresses and the
/// JSON-LD and the header are a document page's only; the alternates are empty on the other pages.
/// </summary>
internal sealed record PageView : ITemplateView<PageView>
{
    public required string Kind { get; init; }

    public required string Lang { get; init; }

    public required string LangCode { get; init; }

    public required string Dir { get; init; }

    /// <summary>The relative path from the page to the site's root ("../../../../../" or "").</summary>
    public required string Root { get; init; }

    public required string HomeHref { get; init; }

    public required string Css { get; init; }

    public required string Js { get; init; }

    public required string Icon { get; init; }

    /// <summary>The search page of the page's language ("" when the site has none in that language).</summary>
    public string SearchHref { get; init; } = "";

    /// <summary>The search page's script and the folder of its language's search index (from the page); "" on the other pages.</summary>
    public string SearchJs { get; init; } = "";

    public string SearchIndex { get; init; } = "";

    /// <summary>A document page's title (its <c>title</c> element), title for sharing and description; "" on the other pages, whose templates make theirs.</summary>
    public string Title { get; init; } = "";

    public string OgTitle { get; init; } = "";

    public string Description { get; init; } = "";

    public required string CanonicalUrl { get; init; }

    public required string OgLocale { get; init; }

    public string[] OgLocaleAlternates { get; init; } = [];

    public AlternateView[] Alternates { get; init; } = [];

    /// <summary>A document page's links to its parallel views beside its other built versions; empty on the other pages.</summary>
    public ParallelLinkView[] Parallels { get; init; } = [];

    public string? EpubHref { get; init; }

    public string? EpubUrl { get; init; }

    /// <summary>A document page's schema.org description, written as it is.</summary>
    public LegislationJsonLd? JsonLdHtml { get; init; }

    /// <summary>A document page's header (<see cref="DocumentHeaderModel"/>); null on the other pages.</summary>
    public HeaderView? Header { get; init; }
}
