namespace SiteGen.Core.Rendering;

/// <summary>
/// Where a unit stands, by the source's own labels: its paragraph's number (<c>19</c>), then for a sub-paragraph
/// its label (<c>(b)</c>), for an item its sub-paragraph's label and its own (<c>(b)</c>, <c>(i)</c>); a note's
/// place is its label. A unit's citation (<c>19(b)</c>), path (<c>19 → (b)</c>) and full citation
/// (<c>A/C.3/79/L.34, para. 19 (b)</c>) are these labels joined, made as a template reads them and written into a
/// page label by label (<see cref="PlaceLabel"/>) rather than kept as strings for every unit.
/// </summary>
internal readonly record struct UnitPlace(string Number, string? Sub = null, string? Item = null)
{
    /// <summary>Shown between the labels above a sub-paragraph a link lands on, so that its paragraph's number is in view.</summary>
    public const string PathSeparator = " → ";

    /// <summary>Whether the unit stands below a paragraph (a sub-paragraph or an item), and so has a path.</summary>
    public bool HasPath => Sub is not null;

    /// <summary>The labels written together: <c>19(b)(i)</c>.</summary>
    public string Citation => Joined("");

    /// <summary>Where a sub-paragraph stands, from its paragraph down (<c>19 → (b)</c>); "" for a paragraph.</summary>
    public string Path => HasPath ? Joined(PathSeparator) : "";

    /// <summary>The labels with <paramref name="separator"/> between them.</summary>
    public string Joined(string separator) => (Sub, Item) switch
    {
        (null, _) => Number,
        (_, null) => string.Concat(Number, separator, Sub),
        _ => string.Concat(Number, separator, Sub, separator, Item),
    };

    /// <summary>Whether the labels joined by <paramref name="separator"/> would be empty or hold a brace.</summary>
    public bool IsEmptyOrBraced(string separator) =>
        (Sub is null ? Number.Length == 0 : Number.Length + separator.Length + Sub.Length + (Item is null ? 0 : separator.Length + Item.Length) == 0)
        || Number.Contains('{')
        || (Sub is not null && (Sub.Contains('{') || separator.Contains('{') || (Item?.Contains('{') ?? false)));

    /// <summary>Writes the labels, escaped, with <paramref name="separator"/> (markup, written as it is) between them.</summary>
    public void Write(IMarkupOutput output, string separator, MarkupFlavor flavor)
    {
        output.Text(Number, flavor);
        if (Sub is null)
        {
            return;
        }

        Separate(output, separator);
        output.Text(Sub, flavor);
        if (Item is not null)
        {
            Separate(output, separator);
            output.Text(Item, flavor);
        }
    }

    private static void Separate(IMarkupOutput output, string separator)
    {
        if (separator.Length > 0)
        {
            output.Markup(separator);
        }
    }
}
