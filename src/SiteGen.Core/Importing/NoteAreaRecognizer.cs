namespace SiteGen.Core.Importing;

/// <summary>
/// Finds where a page's notes begin. The UN's layout rules them off from the text with a short line of underscores
/// (<c>__________________</c>), printed as text; without one, the notes are the last rows set smaller than the text,
/// the first of which starts with a raised note marker.
/// </summary>
internal static class NoteAreaRecognizer
{
    /// <summary>The rows of the text and the rows of the notes (the rule itself is in neither).</summary>
    public static (IReadOnlyList<TextRow> Text, IReadOnlyList<TextRow> Notes) Split(IReadOnlyList<TextRow> rows, double bodySize)
    {
        var rule = -1;
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (IsRule(rows[i].Text))
            {
                rule = i;
                break;
            }
        }

        if (rule >= 0)
        {
            return (rows.Take(rule).ToList(), rows.Skip(rule + 1).ToList());
        }

        var start = rows.Count;
        while (start > 0 && rows[start - 1].Size < 0.92 * bodySize)
        {
            start--;
        }

        while (start < rows.Count && !rows[start].StartsWithSuperscript)
        {
            start++;
        }

        return (rows.Take(start).ToList(), rows.Skip(start).ToList());
    }

    private static bool IsRule(string text) => text.Length >= 5 && text.All(c => c is '_' or '—' or '–');
}
