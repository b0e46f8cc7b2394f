namespace SiteGen.Core.Diagnostics;

/// <summary>What kind of problem a diagnostic reports, which decides a command's exit code.</summary>
public enum DiagnosticCategory
{
    /// <summary>A problem in what the content says: its structure, references, metadata values, templates, configuration.</summary>
    Content,

    /// <summary>An input that cannot be used at all: missing, not text, empty, too large, unreadable metadata.</summary>
    UnusableInput,
}
