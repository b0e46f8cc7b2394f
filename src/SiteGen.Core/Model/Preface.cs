using System.Collections.Immutable;

namespace SiteGen.Core.Model;

/// <summary>What stands above the enacting formula, as the document shows it; empty strings where absent.</summary>
public sealed record Preface(
    string Session,
    string Committee,
    string AgendaItem,
    string AgendaTitle,
    ImmutableArray<string> Sponsors,
    string DocumentType,
    string Title)
{
    public static readonly Preface Empty = new("", "", "", "", [], "", "");
}
