using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Loading;

/// <summary>
/// Reads one source file as UTF-8 text (a BOM is dropped, line endings are kept). Refuses, with a diagnostic,
/// what cannot be a source: a missing file, a binary or non-UTF-8 file, an empty one, an oversized one, one
/// nested deeper than <see cref="MarkdownNesting.Limit"/>.
/// </summary>
public static class SourceLoader
{
    /// <summary>Larger sources are refused rather than parsed slowly into a wrong model.</summary>
    public const long MaximumBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The source text, or null when the file is unusable (the reason is in the diagnostics).</summary>
    public static SourceText? Load(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        displayPath ??= path;
        try
        {
            return Read(path, diagnostics, displayPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A loop of links, a file without permission to read it, a name the system refuses.
            diagnostics.Report(DiagnosticCatalog.NotText, displayPath, 1, 1, $"it cannot be read: {exception.Message}");
            return null;
        }
    }

    private static SourceText? Read(string path, DiagnosticBag diagnostics, string displayPath)
    {
        var file = PathStat.Of(path);
        if (file.Kind == PathKind.Other)
        {
            // A FIFO would block the build for ever; a device or a socket is no source either.
            diagnostics.Report(DiagnosticCatalog.NotText, displayPath, 1, 1, "it is not a regular file");
            return null;
        }

        if (!file.IsFile)
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, displayPath, 1, 1, displayPath);
            return null;
        }

        if (file.Length > MaximumBytes)
        {
            diagnostics.Report(DiagnosticCatalog.InputTooLarge, displayPath, 1, 1, file.Length, MaximumBytes);
            return null;
        }

        return FromBytes(File.ReadAllBytes(path), displayPath, diagnostics);
    }

    public static SourceText? FromBytes(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.NotText, displayPath, 1, 1, "it is not UTF-8 text");
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = new SourceText(displayPath, text).GetLineColumn(nul);
            diagnostics.Report(DiagnosticCatalog.NotText, displayPath, line, column, "it contains NUL bytes");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Report(DiagnosticCatalog.EmptyInput, displayPath, 1, 1);
            return null;
        }

        var forbidden = Rendering.HtmlText.IndexOfForbidden(text);
        if (forbidden >= 0)
        {
            var (line, column) = new SourceText(displayPath, text).GetLineColumn(forbidden);
            diagnostics.Report(DiagnosticCatalog.ForbiddenCharacter, displayPath, line, column, $"U+{(int)text[forbidden]:X4}");
        }

        // A note number the model cannot hold is an error, not a number saturated to the largest one.
        for (var at = Parsing.SuperscriptNumber.IndexOfDigit(text); at >= 0;)
        {
            var length = Parsing.SuperscriptNumber.RunLength(text, at);
            if (Parsing.SuperscriptNumber.Value(text.AsSpan(at, length)) == int.MaxValue)
            {
                var (line, column) = new SourceText(displayPath, text).GetLineColumn(at);
                diagnostics.Report(DiagnosticCatalog.NoteNumberTooLarge, displayPath, line, column, int.MaxValue - 1);
                return null;
            }

            var next = Parsing.SuperscriptNumber.IndexOfDigit(text.AsSpan(at + length));
            at = next < 0 ? -1 : at + length + next;
        }

        // Checked before parsing: Markdig throws on deep nesting, and is slow on a deep list well before that.
        var tooDeep = MarkdownNesting.FindTooDeep(text);
        if (tooDeep >= 0)
        {
            var (line, column) = new SourceText(displayPath, text).GetLineColumn(tooDeep);
            diagnostics.Report(DiagnosticCatalog.NestedTooDeep, displayPath, line, column, MarkdownNesting.Limit);
            return null;
        }

        return new SourceText(displayPath, text);
    }
}
