namespace SiteGen.Core.References;

/// <summary>
/// Tells an "ibid." footnote (DESIGN.md, "References": 同上 at the start of a Chinese note, "Ibid." in English)
/// and whether it repeats the earlier note whole or with a pinpoint of its own.
/// </summary>
internal sealed class IbidRecognizer(ReferenceTerms terms)
{
    public IbidNote? Recognize(string text)
    {
        var start = text.Length - text.TrimStart().Length;
        foreach (var form in terms.IbidForms)
        {
            if (string.Compare(text, start, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var end = start + form.Length;
            if (end < text.Length && char.IsLetter(text[end]) && char.IsAsciiLetter(form[^1]))
            {
                continue;
            }

            var rest = text[end..].Trim();
            return new IbidNote(start, form.Length, rest.Length == 0 || rest == terms.FullStop);
        }

        return null;
    }
}
