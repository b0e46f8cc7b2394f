namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One version's side of a row of the parallel view (<c>row.left</c>, <c>row.right</c>): the version's language and
/// direction, its name (for a screen reader, before the text), the unit's label and text, and whether the version
/// lacks the unit.
/// </summary>
internal sealed record ParallelCellView(string Lang, string Dir, string LanguageName, string Label, string Text, bool Missing) : ITemplateView<ParallelCellView>;
