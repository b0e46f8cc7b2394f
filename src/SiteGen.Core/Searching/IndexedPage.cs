namespace SiteGen.Core.Searching;

/// <summary>A page whose terms are in the index: the key they were merged under, and what the list of documents shows of it.</summary>
internal sealed record IndexedPage(int Key, string Title, string Body, string Session, string Standing);
