namespace SiteGen.Core.Searching;

/// <summary>The terms of one page, by their numbers in the <see cref="TermVocabulary"/>, and how often each stands there (the same position in <see cref="Counts"/>).</summary>
internal sealed record PageTerms(int[] Terms, int[] Counts);
