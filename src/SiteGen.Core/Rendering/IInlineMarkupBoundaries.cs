namespace SiteGen.Core.Rendering;

/// <summary>
/// A writer told where each unit's inline markup (<see cref="InlineMarkup"/>) starts and ends in what a template
/// writes to it: the e-book checks the well-formedness of its files without reading again the markup that
/// <see cref="InlineMarkupWriter"/> makes well-formed by construction.
/// </summary>
internal interface IInlineMarkupBoundaries
{
    void MarkupStarts();

    void MarkupEnds();
}
