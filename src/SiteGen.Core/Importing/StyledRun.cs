namespace SiteGen.Core.Importing;

/// <summary>A piece of text set in one style; a row, a paragraph and a note are sequences of them.</summary>
internal readonly record struct StyledRun(string Text, RunStyle Style);
