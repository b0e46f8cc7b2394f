namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// The document header of a page as its template reads it (<c>page.header</c>); see <see cref="DocumentHeaderModel"/>.
/// <c>facts</c> are what the document is and where it stands, in the order the UN's record pages give them;
/// <c>languages</c> the six official language versions; <c>downloads</c> the official text and this edition's files.
/// </summary>
internal sealed record HeaderView : ITemplateView<HeaderView>
{
    public required HeaderFactView[] Facts { get; init; }

    /// <summary>How many sponsors there are, in words ("46 个提案国"), for the collapsed list; "" without sponsors.</summary>
    public required string SponsorsSummary { get; init; }

    public required LanguageVersionView[] Languages { get; init; }

    public required DownloadView[] Downloads { get; init; }

    /// <summary>The line a printout carries on every page: address, symbol, the document's date, the edition note.</summary>
    public required string PrintLine { get; init; }
}
