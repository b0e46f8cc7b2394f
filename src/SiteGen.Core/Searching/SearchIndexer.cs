using System.Diagnostics;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Searching;

/// <summary>
/// Builds the site's search index with Pagefind into <c>pagefind/</c> of a complete generation of the site, before
/// it is published. Pagefind reads only what the pages mark for it (each document page's text, its units' ids and
/// citations, its body, session and standing), one index per page language. A Pagefind that fails is a warning:
/// the site is published without a search index, and its search page says so.
/// </summary>
internal sealed class SearchIndexer
{
    /// <summary>The folder of the site the index is written to; the search page loads <c>pagefind.js</c> from it.</summary>
    public const string FolderName = "pagefind";

    private readonly string _executable;

    public SearchIndexer(string executable)
    {
        _executable = executable;
    }

    public string Executable => _executable;

    /// <summary>Indexes the site folder; returns false (and reports a warning) when Pagefind did not finish.</summary>
    public bool Index(string siteDirectory, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--site", siteDirectory, "--output-subdir", FolderName, "--silent"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException)
        {
            diagnostics.Report(DiagnosticCatalog.SearchIndexNotBuilt, _executable, 1, 1, exception.Message);
            return false;
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        try
        {
            process.WaitForExitAsync(cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: Pagefind stops with the build, and the generation it was writing into goes.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw;
        }

        if (process.ExitCode != 0)
        {
            var message = (errors.GetAwaiter().GetResult() + "\n" + output.GetAwaiter().GetResult()).Trim();
            diagnostics.Report(DiagnosticCatalog.SearchIndexNotBuilt, _executable, 1, 1, $"exit code {process.ExitCode}: {FirstLines(message)}");
            return false;
        }

        return true;
    }

    private static string FirstLines(string message) =>
        string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3));
}
