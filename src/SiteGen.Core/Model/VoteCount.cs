namespace SiteGen.Core.Model;

/// <summary>The votes of an adoption by vote: "by a recorded vote of 30 to 1, with 16 abstentions", "以十三票对零票".</summary>
public readonly record struct VoteCount(int InFavour, int Against, int? Abstentions);
