namespace SiteGen.Core.Rendering;

/// <summary>
/// A resolution's adoption block as templates read it (<c>doc.adoption</c>, null for a draft); see
/// <see cref="DocumentViewModel"/>. <c>place</c> is "preface", "end" (after the operative part) or "before-annex" (after the operative part, before the
/// annexed text); <c>date</c> is
/// "2025-12-01" or ""; <c>method</c> is "without_vote", "unanimously", "vote", "recorded_vote" or "".
/// </summary>
internal sealed record AdoptionView : ITemplateView<AdoptionView>
{
    public required InlineMarkup TextHtml { get; init; }

    public required string Place { get; init; }

    public required string Date { get; init; }

    public required int? Meeting { get; init; }

    public required string Method { get; init; }
}
