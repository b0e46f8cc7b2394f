namespace SiteGen.Core.Model;

/// <summary>
/// A language version's BCP 47 tag (<c>zh-Hans</c>) and the UN's code for it (<c>zh</c>), which undocs.org
/// and SiteGen's URL paths use. Only the six official languages are accepted.
/// </summary>
public readonly record struct UnLanguage(string Tag, string Code)
{
    private static readonly UnLanguage[] Official =
    [
        new("ar", "ar"),
        new("zh-Hans", "zh"),
        new("en", "en"),
        new("fr", "fr"),
        new("ru", "ru"),
        new("es", "es"),
    ];

    public static IReadOnlyList<UnLanguage> All => Official;

    /// <summary>Finds the language for a tag or a UN code (<c>zh-Hans</c>, <c>zh</c>, <c>en</c>), ignoring case.</summary>
    public static bool TryFind(string tagOrCode, out UnLanguage language)
    {
        foreach (var candidate in Official)
        {
            if (string.Equals(candidate.Tag, tagOrCode, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Code, tagOrCode, StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }

    public static UnLanguage Find(string tagOrCode) =>
        TryFind(tagOrCode, out var language) ? language : throw new ArgumentException($"not a UN language: {tagOrCode}", nameof(tagOrCode));

    public bool IsChinese => Code == "zh";

    public override string ToString() => Tag;
}
