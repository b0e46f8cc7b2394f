using System.Globalization;

namespace SiteGen.Core.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable code, a severity and a message format.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string MessageFormat)
{
    public string Format(object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
