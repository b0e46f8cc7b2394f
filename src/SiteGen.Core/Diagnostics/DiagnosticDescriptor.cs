using System.Globalization;

namespace SiteGen.Core.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable code, a severity, a message format and its category.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string MessageFormat, DiagnosticCategory Category = DiagnosticCategory.Content)
{
    public string Format(object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
