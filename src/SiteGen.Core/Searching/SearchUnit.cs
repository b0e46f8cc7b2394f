namespace SiteGen.Core.Searching;

/// <summary>One unit of a document page as search finds and shows it: its anchor, its citation and its plain text.</summary>
internal sealed record SearchUnit(string Id, string Citation, string Text);
