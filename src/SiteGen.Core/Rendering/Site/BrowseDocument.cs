using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One document as the browse pages group it: its symbol, body, kind and session or year, the date it is sorted by
/// (of issue, else of the edition) and its published language versions with their titles, in language order.
/// </summary>
internal sealed record BrowseDocument(
    string Symbol,
    IssuingBody Body,
    DocumentKind Kind,
    SymbolPeriod Period,
    DateOnly? Date,
    IReadOnlyList<(SiteEdition Edition, string Title)> Versions)
{
    /// <summary>Newest first: by date (undated last), then by session or year, then by symbol.</summary>
    public static readonly Comparer<BrowseDocument> NewestFirst = Comparer<BrowseDocument>.Create((a, b) =>
    {
        if (a.Date != b.Date)
        {
            return a.Date is not { } aDate ? 1 : b.Date is not { } bDate ? -1 : bDate.CompareTo(aDate);
        }

        var byPeriod = b.Period.Number.CompareTo(a.Period.Number);
        return byPeriod != 0 ? byPeriod : string.CompareOrdinal(a.Symbol, b.Symbol);
    });

    /// <summary>The documents of the published editions (sorted by symbol, then language), newest first.</summary>
    public static List<BrowseDocument> Gather(IReadOnlyList<(SiteEdition Edition, string Title)> editions)
    {
        var documents = new List<BrowseDocument>();
        foreach (var versions in editions.GroupBy(e => e.Edition.Metadata.Symbol, StringComparer.Ordinal))
        {
            var metadata = versions.First().Edition.Metadata;
            documents.Add(new BrowseDocument(
                metadata.Symbol,
                metadata.Body,
                SymbolReading.Kind(metadata.Symbol),
                SymbolReading.Period(metadata.Symbol),
                metadata.Issued ?? metadata.Date,
                [.. versions]));
        }

        documents.Sort(NewestFirst);
        return documents;
    }
}
