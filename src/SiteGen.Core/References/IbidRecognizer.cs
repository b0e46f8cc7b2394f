namespace SiteGen.Core.References;

/// <summary>
/// Tells an "ibid." footnote (DESIGN.md, "References": 同上 at the start of a Chinese note, "Ibid." in English)
/// and whether it repeats the earlier note whole or with a pinpoint of its own.
/// </summary>
internal sealed class IbidRecognizer(ReferenceTerms terms)
{
    public IbidNote? Recognize(ReadOnlySpan<char> text)
    {
        var start = text.Length - text.TrimStart().Length;
        foreach (var form in terms.IbidForms)
        {
            if (!text[start..].StartsWith(form, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = start + form.Length;
            // 同上述…, "Ibidem" are words of their own, not the ibid. form.
            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }

            var rest = text[end..].Trim();
            return new IbidNote(start, form.Length, rest.Length == 0 || rest.SequenceEqual(terms.FullStop));
        }

        return null;
    }
}
