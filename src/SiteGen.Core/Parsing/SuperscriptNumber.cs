namespace SiteGen.Core.Parsing;

/// <summary>
/// Footnote markers as the PDF conversion leaves them: runs of Unicode superscript digits (<c>¹</c> … <c>³⁵</c>).
/// </summary>
public static class SuperscriptNumber
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsDigit(char c) => c is '⁰' or '¹' or '²' or '³' or (>= '⁴' and <= '⁹');

    /// <summary>Where the first superscript digit of the text stands, or -1.</summary>
    /// <remarks>
    /// The digits all lie between ² (U+00B2) and ⁹ (U+2079), and Han text lies above: one range search finds the
    /// few candidates. (A search for the ten digits themselves is slow under NativeAOT.)
    /// </remarks>
    public static int IndexOfDigit(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (text[offset..].IndexOfAnyInRange('²', '⁹') is var found && found >= 0)
        {
            if (IsDigit(text[offset + found]))
            {
                return offset + found;
            }

            offset += found + 1;
        }

        return -1;
    }

    /// <summary>The length of the superscript digit run starting at <paramref name="start"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>The value of a run of superscript digits; int.MaxValue when it does not fit.</summary>
    public static int Value(ReadOnlySpan<char> run)
    {
        long value = 0;
        foreach (var c in run)
        {
            value = (value * 10) + Digits.IndexOf(c);
            if (value > int.MaxValue)
            {
                return int.MaxValue;
            }
        }

        return (int)value;
    }

    public static string Format(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0']));
}
