using SiteGen.Core.Diagnostics;

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

    /// <summary>
    /// The exit code for what was reported, the same for <c>check</c> and <c>build</c>: an output folder that
    /// could not be written, then unusable input, then any other error.
    /// </summary>
    public static int Of(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        return errors.Any(d => d.Code == DiagnosticCatalog.OutputNotWritten.Code) ? OutputNotWritten
            : errors.Any(d => d.Category == DiagnosticCategory.UnusableInput) ? UnusableInput
            : errors.Count > 0 ? ContentErrors
            : Success;
    }
}
