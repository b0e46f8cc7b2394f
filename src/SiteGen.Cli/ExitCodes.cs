namespace SiteGen.Cli;

/// <summary>The exit codes every command uses, decided once, here at the edge (README, "Exit codes").</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (diagnostics were printed).</summary>
    public const int ContentErrors = 1;

    /// <summary>Wrong usage or unusable input: a missing file, a file that is not text, an empty one.</summary>
    public const int UnusableInput = 2;

    /// <summary>The output folder cannot be written: no permission, a full disk, a file where the folder should be.</summary>
    public const int OutputNotWritten = 3;

    /// <summary>Another build (or <c>serve</c>) is writing the same output folder.</summary>
    public const int OutputBusy = 4;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
