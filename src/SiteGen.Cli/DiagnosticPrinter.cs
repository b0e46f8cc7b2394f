using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics one per line, the way compilers do, so editors can jump to them.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        // In file order, as a compiler lists them, whatever stage found them.
        var ordered = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column);
        foreach (var diagnostic in ordered)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
