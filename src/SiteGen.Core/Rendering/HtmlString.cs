namespace SiteGen.Core.Rendering;

/// <summary>
/// Markup that is already safe to write as it is: with a unit's <see cref="InlineMarkup"/>, the only value a
/// template writes without escaping. View model fields that hold one are named <c>*_html</c>; every other string is
/// escaped on output.
/// </summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
