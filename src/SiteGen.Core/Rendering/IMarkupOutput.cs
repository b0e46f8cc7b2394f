namespace SiteGen.Core.Rendering;

/// <summary>
/// Where inline markup is written as a template writes it: the page being rendered (without a string for each
/// unit's text in between), or a builder when the text is wanted as a string.
/// </summary>
internal interface IMarkupOutput
{
    void Write(string text, int start, int count);
}
