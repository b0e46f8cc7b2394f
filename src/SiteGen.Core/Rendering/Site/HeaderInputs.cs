using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>What a document page's header is built from: the document, its edition and the site's other versions of it, and its addresses.</summary>
internal sealed record HeaderInputs(
    ResolutionDocument Document,
    SiteEdition Edition,
    IReadOnlyList<SiteEdition> Versions,
    string CanonicalUrl,
    string UndocsUrl,
    string EpubHref,
    string ModelHref,
    DownloadSizes Sizes,
    Func<string, string> UndocsUrlOf);
