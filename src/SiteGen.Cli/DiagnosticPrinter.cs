using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics one per line, the way compilers do, so editors can jump to them.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
