namespace SiteGen.Core.Rendering;

/// <summary>
/// Markup a template writes as it is, straight into the page, in the flavour the template is rendered in: a unit's
/// inline content (<see cref="InlineMarkup"/>) or a run of units (<see cref="UnitRunMarkup"/>).
/// </summary>
internal interface IMarkup
{
    void WriteTo(IMarkupOutput output, MarkupFlavor flavor);
}
