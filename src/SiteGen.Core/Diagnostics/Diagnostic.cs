namespace SiteGen.Core.Diagnostics;

/// <summary>
/// A problem found in an input, pointing at its file, line and column (1-based). Printed the way compilers
/// print, so editors can jump to it: <c>content/x/zh-Hans.md(118,5): error SG2003: footnote ³⁶ has no text</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message, DiagnosticCategory Category = DiagnosticCategory.Content)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
