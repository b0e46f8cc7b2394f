using System.Text;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Markup of the package document's metadata that SiteGen writes itself when a template writes it with one expression
/// (<c>book.contributors_html</c>). The well-formedness check reads it as one <see cref="StandIn"/>, which uses the
/// <c>dc:</c> prefix the markup uses, as the e-book's other markup stands in with its <c>epub:</c> prefix.
/// </summary>
internal sealed class PackageMarkup(Action<IMarkupOutput> write) : IMarkup
{
    /// <summary>What stands for the markup in a file's outline: well-formed in element content where <c>dc:</c> is declared.</summary>
    public const string StandIn = "<dc:x/>--";

    public void WriteTo(IMarkupOutput output, MarkupFlavor flavor) => write(output is BookFileWriter file ? file.StandingInAs(StandIn) : output);

    /// <summary>The markup as a string.</summary>
    public override string ToString()
    {
        var output = new StringBuilderOutput(new StringBuilder());
        write(output);
        return output.Builder.ToString();
    }
}
