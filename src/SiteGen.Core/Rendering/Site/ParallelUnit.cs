namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One unit of a language version as the parallel view sets it: its anchor (the same in every language), the
/// part it belongs to, how deep it is nested, the source's label and its plain text (as the model export gives it).
/// </summary>
internal sealed record ParallelUnit(string Id, ParallelPart Part, int Depth, string Label, string Text);
