namespace SiteGen.Core.Searching;

/// <summary>What the list of documents of the index shows of a page.</summary>
internal sealed record IndexedPage(string Title, string Body, string Session, string Standing);
