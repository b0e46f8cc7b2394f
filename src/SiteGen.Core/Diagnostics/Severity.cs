namespace SiteGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
