using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A unit's inline content as markup (a <c>*_html</c> field): written by <see cref="InlineMarkupWriter"/> straight
/// into the page when a template writes it, never escaped again. Which note references carry anchors was settled
/// when the view model was built, so it reads the same however often, and from whichever thread, it is written,
/// and in either flavour: one view of a document serves its page (HTML) and its e-book (XHTML).
/// </summary>
internal sealed class InlineMarkup(InlineMarkupWriter writer, ImmutableArray<Inline> inlines, bool anchor) : IMarkup
{
    /// <summary>Writes the markup in the flavour the view model was built for.</summary>
    public void WriteTo(IMarkupOutput output) => writer.Write(output, inlines, anchor);

    public void WriteTo(IMarkupOutput output, MarkupFlavor flavor) => writer.Write(output, inlines, anchor, flavor);

    /// <summary>The markup as a string, as it is written into a page.</summary>
    public override string ToString()
    {
        var output = new StringBuilderOutput(new StringBuilder());
        WriteTo(output);
        return output.Builder.ToString();
    }
}
