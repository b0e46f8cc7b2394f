using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Recognises the preface, the blocks above the enacting formula (DESIGN.md, "Input": session, committee,
/// agenda item and its title, sponsors ending in "：决议草案", title), each by its own shape, in the order a UN
/// document sets them. A block that fits none is reported and left out.
/// </summary>
internal sealed partial class PrefaceRecognizer(LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics)
{
    public Preface Recognize(IReadOnlyList<SourceBlock> blocks)
    {
        string session = "", committee = "", agendaItem = "", agendaTitle = "", documentType = "", title = "";
        var sponsors = ImmutableArray<string>.Empty;
        var expectAgendaTitle = false;
        var expectTitle = false;
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (session.Length == 0 && Session().IsMatch(text))
            {
                session = text;
            }
            else if (committee.Length == 0 && Committee().IsMatch(text))
            {
                committee = text;
            }
            else if (agendaItem.Length == 0 && AgendaItem().Match(text) is { Success: true } agenda)
            {
                agendaItem = agenda.Groups["item"].Value.Replace(" ", "", StringComparison.Ordinal);
                expectAgendaTitle = true;
                continue;
            }
            else if (documentType.Length == 0 && SponsorsLine().Match(text) is { Success: true } line)
            {
                documentType = line.Groups["type"].Value;
                sponsors = SplitSponsors(line.Groups["sponsors"].Value);
                expectTitle = true;
                expectAgendaTitle = false;
                continue;
            }
            else if (expectAgendaTitle && agendaTitle.Length == 0)
            {
                agendaTitle = text;
            }
            else if (expectTitle && title.Length == 0)
            {
                title = text;
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.UnknownPrefaceBlock, source, block.Span.Start, Abbreviate(text));
            }

            expectAgendaTitle = false;
        }

        ReportMissing(session, "session", blocks);
        ReportMissing(agendaItem, "agenda item", blocks);
        ReportMissing(documentType, "sponsors and document type", blocks);
        ReportMissing(title, "title", blocks);
        return new Preface(session, committee, agendaItem, agendaTitle, sponsors, documentType, title);
    }

    /// <summary>
    /// Splits the sponsors at the separator, then the last pair at the conjunction, except where the conjunction
    /// belongs to a State's name ("波斯尼亚和黑塞哥维那", "Trinidad and Tobago").
    /// </summary>
    internal ImmutableArray<string> SplitSponsors(string text)
    {
        var names = text.Split(conventions.SponsorsSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var last = names[^1];
        var conjunction = conventions.SponsorsLastConjunction;
        if (last.StartsWith(conjunction.TrimStart(), StringComparison.Ordinal) && names.Count > 1)
        {
            names[^1] = last[conjunction.TrimStart().Length..].Trim();
            return [.. names];
        }

        for (var at = last.IndexOf(conjunction, StringComparison.Ordinal); at >= 0; at = last.IndexOf(conjunction, at + 1, StringComparison.Ordinal))
        {
            if (!InsideKnownName(last, at))
            {
                names[^1] = last[..at].Trim();
                names.Add(last[(at + conjunction.Length)..].Trim());
                break;
            }
        }

        return [.. names];
    }

    private bool InsideKnownName(string text, int at)
    {
        foreach (var name in conventions.SponsorNamesWithConjunction)
        {
            for (var start = text.IndexOf(name, StringComparison.Ordinal); start >= 0; start = text.IndexOf(name, start + 1, StringComparison.Ordinal))
            {
                if (at > start && at < start + name.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ReportMissing(string value, string field, IReadOnlyList<SourceBlock> blocks)
    {
        if (value.Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.MissingPrefaceField, source, blocks.Count > 0 ? blocks[0].Span.Start : 0, field);
        }
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // "第七十九届会议", "Seventy-ninth session".
    [GeneratedRegex(@"^(第[一二三四五六七八九十百〇零]+届(特别|紧急特别)?会议|[A-Z][a-z]+(-[a-z]+)? (special |emergency special )?session)$")]
    private static partial Regex Session();

    // "第三委员会", "Third Committee", "全体会议", "Plenary".
    [GeneratedRegex(@"^(第[一二三四五六]委员会|[A-Z][a-z]+ Committee|全体会议|Plenary)$")]
    private static partial Regex Committee();

    // "议程项目 71(c)", "Agenda item 71 (c)".
    [GeneratedRegex(@"^(议程项目|Agenda item)\s*(?<item>[0-9]{1,3}\s*(\([a-z]{1,2}\))?)$")]
    private static partial Regex AgendaItem();

    // "…、大不列颠及北爱尔兰联合王国和美利坚合众国：决议草案", "…: draft resolution".
    [GeneratedRegex(@"^(?<sponsors>.+?)\s*[：:]\s*(?<type>(订正)?决议草案|(revised )?draft (resolution|decision))$")]
    private static partial Regex SponsorsLine();
}
