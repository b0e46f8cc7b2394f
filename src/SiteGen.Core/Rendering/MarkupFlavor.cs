namespace SiteGen.Core.Rendering;

/// <summary>Which markup inline content is written as: the website's HTML or the e-book's XHTML.</summary>
public enum MarkupFlavor
{
    Html,
    Xhtml,
}
