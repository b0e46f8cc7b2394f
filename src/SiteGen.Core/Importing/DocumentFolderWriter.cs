using System.Globalization;
using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Importing;

/// <summary>
/// Writes an imported document as a document folder of a content folder (README, "Content"): <c>document.yml</c>
/// and the source file of its one language version (<c>en.md</c>), in a folder named after the symbol
/// (<c>A-RES-73-7</c>). The folder is made aside and moved into place whole; an existing folder is never touched.
/// </summary>
public static class DocumentFolderWriter
{
    /// <summary>
    /// The folder written, or null when it already exists or cannot be written (the reason is in the diagnostics;
    /// <paramref name="unwritable"/> says which).
    /// </summary>
    public static string? Write(ImportedDocument document, string contentDirectory, string sourceName, DiagnosticBag diagnostics, out bool unwritable)
    {
        unwritable = false;
        var folder = Path.Combine(contentDirectory, FolderName(document.Symbol));
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            diagnostics.Report(DiagnosticCatalog.ImportTargetExists, folder, 1, 1, folder);
            return null;
        }

        var staging = Path.Combine(contentDirectory, $".import-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(contentDirectory);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            var sourceFile = $"{document.Language}.md";
            File.WriteAllText(Path.Combine(staging, "document.yml"), Metadata(document, sourceName, sourceFile), utf8);
            File.WriteAllText(Path.Combine(staging, sourceFile), document.Text, utf8);
            Directory.Move(staging, folder);
            return folder;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.ImportNotWritten, folder, 1, 1, exception.Message);
            unwritable = true;
            TryDelete(staging);
            return null;
        }
    }

    private static void TryDelete(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind in a folder that cannot be written; the error about it has been reported.
        }
    }

    /// <summary>The folder name: the symbol with its slashes as hyphens and without spaces (<c>S-RES-2446(2018)</c>).</summary>
    public static string FolderName(string symbol) => symbol.Replace('/', '-').Replace(" ", "", StringComparison.Ordinal);

    private static string Metadata(ImportedDocument document, string sourceName, string sourceFile)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Imported from ").Append(sourceName).Append(": the first page's masthead.\n");
        yaml.Append("symbol: ").Append(Quoted(document.Symbol)).Append('\n');
        if (document.BodyName is not null)
        {
            yaml.Append("body: ").Append(document.BodyName).Append('\n');
        }

        if (document.Distribution is not null)
        {
            yaml.Append("distribution: ").Append(document.Distribution).Append('\n');
        }

        if (document.OriginalLanguage is not null)
        {
            yaml.Append("originalLanguage: ").Append(document.OriginalLanguage).Append('\n');
        }

        if (document.Date is { } date)
        {
            yaml.Append("# The date printed under the distribution line; the edition's modification date.\n");
            yaml.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        yaml.Append("versions:\n");
        yaml.Append("  - language: ").Append(document.Language).Append('\n');
        yaml.Append("    source: ").Append(sourceFile).Append('\n');
        return yaml.ToString();
    }

    /// <summary>A symbol in double quotes when YAML could read it otherwise (a space, a parenthesis).</summary>
    private static string Quoted(string symbol) =>
        symbol.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-') ? symbol : $"\"{symbol}\"";
}
