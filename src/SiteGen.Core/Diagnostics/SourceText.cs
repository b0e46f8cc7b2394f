namespace SiteGen.Core.Diagnostics;

/// <summary>
/// One input file: its display path and its text exactly as decoded (a BOM removed, line endings kept).
/// Line and column are computed on demand, 1-based, with CRLF counted as one line break, so a BOM or CRLF
/// never shifts a column.
/// </summary>
public sealed class SourceText
{
    // Found when a line is first asked for: a source read without a diagnostic may never need them.
    private int[]? _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>1-based line and column of an offset; the column counts UTF-16 code units from the line start.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var lineStarts = LineStarts;
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>The offset of a 1-based line and column; the inverse of <see cref="GetLineColumn"/>.</summary>
    public int GetOffset(int line, int column) => LineStarts[Math.Clamp(line - 1, 0, LineStarts.Length - 1)] + column - 1;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
