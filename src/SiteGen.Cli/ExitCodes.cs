namespace SiteGen.Cli;

/// <summary>The exit codes every command uses, decided once, here at the edge.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (diagnostics were printed).</summary>
    public const int ContentErrors = 1;

    /// <summary>Wrong usage or unusable input: a missing file, a file that is not text, an empty one.</summary>
    public const int UnusableInput = 2;
}
