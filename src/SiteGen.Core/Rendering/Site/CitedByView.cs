namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// A cited-by page as its template reads it (<c>cited_by</c>): the cited document (<c>symbol</c>, <c>title</c>, its
/// page's address <c>href</c>), the documents citing it (<c>documents</c>) and how often each of its paragraphs is
/// cited (<c>paragraphs</c>); see <see cref="SitePageModel.ForCitedBy"/>.
/// </summary>
internal sealed record CitedByView(string Symbol, string Title, string Href, CitingDocumentView[] Documents, CitedParagraphView[] Paragraphs) : ITemplateView<CitedByView>;

/// <summary>A document citing the page's document: its title, symbol and page, and the units that cite.</summary>
internal sealed record CitingDocumentView(string Title, string Symbol, string Href, CitingUnitView[] Units) : ITemplateView<CitingDocumentView>;

/// <summary>
/// A unit citing the page's document: its citation and address, and the paragraph it cites (<c>paragraph</c> its
/// anchor, "" for the document as a whole, with its citation and address on the cited page).
/// </summary>
internal sealed record CitingUnitView(string Label, string Href, string Paragraph, string ParagraphLabel, string ParagraphHref) : ITemplateView<CitingUnitView>;

/// <summary>A paragraph of the page's document that is cited: its anchor, citation, address and how many citations name it.</summary>
internal sealed record CitedParagraphView(string Paragraph, string Label, string Href, int Count) : ITemplateView<CitedParagraphView>;
