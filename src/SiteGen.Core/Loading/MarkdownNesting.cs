using System.Buffers;

namespace SiteGen.Core.Loading;

/// <summary>
/// How deeply a source nests, estimated line by line before Markdig parses it: Markdig stops with an exception at
/// 128 levels, and takes seconds on a list nested by indentation long before that. A block quote marker or a list
/// marker at the start of a line is one level; the indentation in front of a list marker is half a level per
/// column (a list nested by indentation alone); an unclosed <c>[</c> in a paragraph is one level more. A UN text
/// nests a few levels deep; <see cref="Limit"/> leaves room for far more.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The deepest nesting a source may have.</summary>
    public const int Limit = 32;

    private static readonly SearchValues<char> Brackets = SearchValues.Create("\\[]");

    /// <summary>The offset in <paramref name="text"/> where its nesting first passes <see cref="Limit"/>, or -1.</summary>
    public static int FindTooDeep(string text)
    {
        var open = 0;
        var lineStart = 0;
        while (true)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
            var (depth, contentAt) = Containers(line);
            if (depth > Limit)
            {
                return lineStart + contentAt;
            }

            // A blank line ends a paragraph, and the brackets left open in it.
            if (line[contentAt..].IsWhiteSpace())
            {
                open = 0;
            }

            for (var i = contentAt; i < line.Length; i++)
            {
                var next = line[i..].IndexOfAny(Brackets);
                if (next < 0)
                {
                    break;
                }

                i += next;
                switch (line[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[' when depth + ++open > Limit:
                        return lineStart + i;
                    case ']' when open > 0:
                        open--;
                        break;
                }
            }

            if (lineEnd < 0)
            {
                return -1;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// The levels the container markers at the start of a line open, and where its content starts (or, past the
    /// limit, where the marker that passes it is).
    /// </summary>
    private static (int Depth, int ContentAt) Containers(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            var columns = 0;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                columns += line[i] == '\t' ? 4 : 1;
                i++;
            }

            var marker = i < line.Length ? MarkerLength(line[i..]) : 0;
            if (marker == 0)
            {
                return (depth, i);
            }

            depth += line[i] == '>' ? 1 : 1 + (columns / 2);
            if (depth > Limit)
            {
                // Where the limit is passed: the caller stops there.
                return (depth, i);
            }

            i += marker;
        }
    }

    /// <summary>
    /// The length of the block quote or list marker a line's rest starts with (CommonMark 5.1, 5.2: <c>&gt;</c>;
    /// <c>-</c>, <c>+</c>, <c>*</c> or one to nine digits and <c>.</c> or <c>)</c>, then a space or the line's end), or 0.
    /// </summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>')
        {
            return 1;
        }

        var length = rest[0] is '-' or '+' or '*' ? 1 : 0;
        if (length == 0)
        {
            while (length < rest.Length && length < 10 && char.IsAsciiDigit(rest[length]))
            {
                length++;
            }

            if (length is 0 or 10 || length == rest.Length || rest[length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return length == rest.Length || rest[length] is ' ' or '\t' or '\r' ? length : 0;
    }
}
