using System.Globalization;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// The short text a table-of-contents entry shows after an operative paragraph's label: the operative verb when
/// the paragraph opens with one marked strong or emphasised (<c>最强烈地谴责</c>, <c>Condemns</c>), otherwise its
/// first clause, cut with an ellipsis at <see cref="CjkMaxLength"/> text elements in Chinese (or
/// <see cref="MaxLength"/> elsewhere).
/// </summary>
internal static class TocText
{
    public const int CjkMaxLength = 16;

    public const int MaxLength = 48;

    private const string ClauseEnds = "：，；。:;,.";

    public static string For(Unit unit, bool chinese)
    {
        var first = unit.Content.FirstOrDefault(i => i is not TextRun run || !string.IsNullOrWhiteSpace(run.Text));
        var text = first switch
        {
            Strong strong => InlineText.Plain(strong.Children),
            Emphasis emphasis => InlineText.Plain(emphasis.Children),
            _ => FirstClause(unit.Text),
        };
        return Cut(text.Trim(), chinese ? CjkMaxLength : MaxLength);
    }

    private static string FirstClause(string text)
    {
        var end = text.AsSpan().IndexOfAny(ClauseEnds);
        return end < 0 ? text : text[..end];
    }

    private static string Cut(string text, int length)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= length ? text : info.SubstringByTextElements(0, length) + "…";
    }
}
