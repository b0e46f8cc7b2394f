using System.Text;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A run of a document's units as a template writes it with one expression (<c>doc.operative_html</c>,
/// <c>doc.preamble_html</c>, <c>doc.notes_html</c>, <c>doc.toc_paragraphs_html</c>): written by
/// <see cref="UnitMarkupWriter"/> straight into the page when the template writes it, never escaped again.
/// </summary>
internal sealed class UnitRunMarkup(Action<IMarkupOutput, MarkupFlavor> write, MarkupFlavor builtFor) : IMarkup
{
    public void WriteTo(IMarkupOutput output, MarkupFlavor flavor) => write(output, flavor);

    /// <summary>The markup as a string, in the flavour the view model was built for.</summary>
    public override string ToString()
    {
        var output = new StringBuilderOutput(new StringBuilder());
        write(output, builtFor);
        return output.Builder.ToString();
    }
}
