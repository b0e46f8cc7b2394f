namespace SiteGen.Core.Importing;

/// <summary>
/// What the first page's masthead says about the document: its symbol, its distribution (<c>general</c>,
/// <c>limited</c>, <c>restricted</c>), its date, its original language when printed, and how many of the page's
/// rows it takes up (the text starts below them).
/// </summary>
internal sealed record Masthead(string Symbol, string? Distribution, DateOnly? Date, string? OriginalLanguage, int Rows);
