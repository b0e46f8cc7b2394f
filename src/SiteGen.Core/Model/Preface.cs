using System.Collections.Immutable;

namespace SiteGen.Core.Model;

/// <summary>
/// What stands above the enacting formula, as the document shows it; empty strings where absent. A draft has a
/// session, committee, agenda item and its title, sponsors and the document type, then the title; an adopted text
/// has a heading ("Resolution adopted by the General Assembly on 1 December 2025", "人权理事会通过的决议"), the report
/// it was adopted on ("on the report of the Third Committee (A/79/457)", without its brackets), and a title led by
/// the resolution's number ("80/51. Title", "第2446(2018)号决议"); <see cref="Number"/> is that number as written
/// ("80/51", "2758 (XXVI)", "2446(2018)"). <see cref="Body"/> is the issuing body's line where the text has one
/// ("人权理事会"), <see cref="Date"/> a date line standing on its own ("一九七五年四月十七日"). <see cref="ReportLine"/> is
/// the report's line as written, brackets included, with its symbols linked once references are resolved.
/// </summary>
public sealed record Preface(
    string Session,
    string Committee,
    string AgendaItem,
    string AgendaTitle,
    ImmutableArray<string> Sponsors,
    string DocumentType,
    string Title,
    string Body = "",
    string Heading = "",
    string Report = "",
    string Number = "",
    string Date = "")
{
    public static readonly Preface Empty = new("", "", "", "", [], "", "");

    public ImmutableArray<Inline> ReportLine { get; init; } = [];
}
