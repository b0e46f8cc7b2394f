using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Where inline markup is written as a template writes it: the page being rendered (without a string for each
/// unit's text in between), or a builder when the text is wanted as a string.
/// </summary>
internal interface IMarkupOutput
{
    void Write(string text, int start, int count);
}

/// <summary>A markup output that collects the text, for when it is wanted as a string.</summary>
internal sealed record StringBuilderOutput(StringBuilder Builder) : IMarkupOutput
{
    public void Write(string text, int start, int count) => Builder.Append(text, start, count);
}
