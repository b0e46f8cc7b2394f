namespace SiteGen.Core.References;

/// <summary>
/// Finds the issuing bodies named in a text, left to right, the longest name winning at each place: 人权理事会
/// and 安全理事会 contain 理事会, "Human Rights Council" contains "Council", and only the whole name counts
/// (DESIGN.md, "References").
/// </summary>
internal sealed class IssuingBodyRecognizer(ReferenceTerms terms)
{
    public IReadOnlyList<BodyMention> Recognize(ReadOnlySpan<char> text)
    {
        List<BodyMention>? mentions = null;
        var position = 0;
        while (position < text.Length)
        {
            // Only where a name stands can one start: jump to the next such place.
            var candidate = terms.BodyNameSearch.IndexIn(text[position..]);
            if (candidate < 0)
            {
                break;
            }

            position += candidate;
            var name = NameAt(text, position);
            if (name is null)
            {
                position++;
                continue;
            }

            (mentions ??= []).Add(new BodyMention(position, name.Text.Length, name.Body));
            position += name.Text.Length;
        }

        // Not "?? []", which would make an empty list of the left side's type for every text with none.
        if (mentions is null)
        {
            return [];
        }

        return mentions;
    }

    /// <summary>The body name standing at a position, or null.</summary>
    public BodyName? NameAt(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length || (terms.WholeWords && position > 0 && char.IsLetter(text[position - 1])))
        {
            return null;
        }

        foreach (var name in terms.BodyNames)
        {
            if (text[position] != name.Text[0] || !text[position..].StartsWith(name.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var end = position + name.Text.Length;
            if (terms.WholeWords && end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }

            return name;
        }

        return null;
    }
}
