namespace SiteGen.Core.Importing;

/// <summary>How a run of text was set in the PDF: bold, italic, raised as a superscript.</summary>
[Flags]
internal enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Superscript = 4,
}
