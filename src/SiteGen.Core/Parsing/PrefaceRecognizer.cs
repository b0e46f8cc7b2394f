using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// Recognises the preface, the blocks above the enacting formula (DESIGN.md, "Input"), each by its own shape: the
/// body's name, session, committee, agenda item and its title, sponsors ending in "：决议草案" or a document type
/// alone, then the title; for an adopted text the heading ("Resolution adopted by the General Assembly on …"),
/// the report in brackets, the numbered title ("80/51. Title", "第2446(2018)号决议"), a date line, and the Security
/// Council's adoption line. Asterisks that call an asterisk note are counted and left out of the text. A block that
/// fits none is reported and left out.
/// </summary>
internal sealed partial class PrefaceRecognizer(LanguageConventions conventions, SourceText source, DiagnosticBag diagnostics)
{
    private readonly AdoptionRecognizer _adoption = new(conventions);

    /// <summary>The Security Council's adoption line, when the preface has one (after <see cref="Recognize"/>).</summary>
    public Adoption? Adoption { get; private set; }

    /// <summary>How many asterisk notes the preface calls: 1 for "*", 2 where "**" stands too.</summary>
    public int StarReferences { get; private set; }

    public Preface Recognize(IReadOnlyList<SourceBlock> blocks)
    {
        string session = "", committee = "", body = "", agendaItem = "", agendaTitle = "", documentType = "", title = "";
        string heading = "", report = "", number = "", date = "", typeLine = "";
        var sponsors = ImmutableArray<string>.Empty;
        var reportLine = ImmutableArray<Inline>.Empty;
        var adoptionBlocks = new List<SourceBlock>();
        var expectAgendaTitle = false;
        var expectTitle = false;
        foreach (var block in blocks)
        {
            var text = WithoutStars(block.Text.Trim());
            if (session.Length == 0 && Session().IsMatch(text))
            {
                session = text;
            }
            else if (committee.Length == 0 && Committee().IsMatch(text))
            {
                committee = text;
            }
            else if (body.Length == 0 && conventions.BodyNames.Contains(text))
            {
                body = text;
            }
            else if (agendaItem.Length == 0 && AgendaItemOf(text) is { } item)
            {
                agendaItem = item;
                expectAgendaTitle = true;
                continue;
            }
            else if (documentType.Length == 0 && SponsorsAndType(text) is { } line)
            {
                documentType = line.Type;
                sponsors = SplitSponsors(line.Sponsors);
                expectTitle = true;
                expectAgendaTitle = false;
                continue;
            }
            else if (documentType.Length == 0 && DocumentTypeAlone(text) is { } type)
            {
                documentType = type;
                typeLine = text;
                expectTitle = true;
                continue;
            }
            else if (heading.Length == 0 && conventions.AdoptedHeadings.Any(words => text.Contains(words, StringComparison.Ordinal)))
            {
                heading = text;
                expectTitle = true;
                continue;
            }
            else if (report.Length == 0 && Bracketed().Match(text) is { Success: true } bracketed)
            {
                report = bracketed.Groups["inner"].Value.Trim();
                reportLine = InlineBuilder.Trim(block.Content);
                expectTitle = true;
                continue;
            }
            else if (title.Length == 0 && (NumberedTitle().Match(text) is { Success: true } numbered))
            {
                title = text;
                number = numbered.Groups["number"].Value;
            }
            else if (title.Length == 0 && SecurityCouncilNumber(text) is { } resolution)
            {
                title = text;
                number = resolution;
            }
            else if (Adoption is null && _adoption.IsOpening(text))
            {
                adoptionBlocks.Add(block);
                Adoption = _adoption.Build(adoptionBlocks, AdoptionPlace.Preface, null);
            }
            else if (date.Length == 0 && DateRecognizer.IsDateLine(text, conventions))
            {
                date = text;
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

        // A draft of a General Assembly committee says its session and agenda item; other forms may not.
        if (!sponsors.IsEmpty)
        {
            ReportMissing(session, "session", blocks);
            ReportMissing(agendaItem, "agenda item", blocks);
        }

        // A Security Council draft has no title of its own: its type line ("Projet de résolution S/2002/724") heads it.
        if (title.Length == 0)
        {
            title = typeLine;
        }

        ReportMissing(title, "title", blocks);
        if (Adoption is { Date: null } adoption && DateRecognizer.Find(date, conventions) is { } prefaceDate)
        {
            Adoption = adoption with { Date = prefaceDate };
        }

        return new Preface(session, committee, agendaItem, agendaTitle, sponsors, documentType, title, body, heading, report, number, date)
        {
            ReportLine = reportLine,
        };
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

        var conjunction = conventions.SponsorsLastConjunction;

        // A conjunction joined to the next word (Arabic و) opens every name after the first: "ألبانيا، وأندورا، واليابان".
        if (conjunction.StartsWith(' ') && !conjunction.EndsWith(' ') && conjunction.Trim() is var joined)
        {
            for (var i = 1; i < names.Count; i++)
            {
                if (names[i].StartsWith(joined, StringComparison.Ordinal) && names[i].Length > joined.Length)
                {
                    names[i] = names[i][joined.Length..];
                }
            }

            return [.. names];
        }

        var last = names[^1];
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

    /// <summary>
    /// The sponsors and document type of a line that ends with one of the language's document types after a colon:
    /// "…、大不列颠及北爱尔兰联合王国和美利坚合众国：决议草案", "South Africa: draft resolution" (its asterisk gone).
    /// </summary>
    private (string Sponsors, string Type)? SponsorsAndType(string text)
    {
        var colon = text.LastIndexOfAny([':', '：']);
        if (colon <= 0)
        {
            return null;
        }

        var type = text[(colon + 1)..].Trim();
        var sponsors = text[..colon].Trim();
        return sponsors.Length > 0 && conventions.DocumentTypes.Any(known => known.Equals(type, StringComparison.OrdinalIgnoreCase)) ? (sponsors, type) : null;
    }

    /// <summary>The document type of a line that is one alone, perhaps followed by its symbol ("Projet de résolution S/2002/724").</summary>
    private string? DocumentTypeAlone(string text)
    {
        foreach (var type in conventions.DocumentTypes)
        {
            if (text.StartsWith(type, StringComparison.OrdinalIgnoreCase)
                && (text.Length == type.Length || SymbolAfterType().IsMatch(text.AsSpan(type.Length))))
            {
                return text[..type.Length];
            }
        }

        return null;
    }

    /// <summary>The number of a Security Council resolution's heading ("第2446(2018)号决议", "Resolution 2446 (2018)"), or null.</summary>
    private string? SecurityCouncilNumber(string text)
    {
        var (before, after) = conventions.ResolutionHeading;
        if (before.Length + after.Length == 0 || !text.StartsWith(before, StringComparison.OrdinalIgnoreCase) || !text.EndsWith(after, StringComparison.Ordinal)
            || text.Length <= before.Length + after.Length)
        {
            return null;
        }

        var number = text[before.Length..^after.Length].Trim();
        return YearNumber().IsMatch(number) ? number : null;
    }

    /// <summary>
    /// The agenda item of an agenda item line, written the same in every language: its number, and its letter in
    /// Latin between parentheses ("71(c)" for "Agenda item 71 (c)", "Point 71 c) de l’ordre du jour" and
    /// "البند 71 (ج) من جدول الأعمال"); null for another line.
    /// </summary>
    private string? AgendaItemOf(string text)
    {
        var match = AgendaItem().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = DecimalDigits.ToAscii(match.Groups["number"].ValueSpan);
        if (!match.Groups["letter"].Success)
        {
            return number;
        }

        var letter = conventions.LetterOrdinal(match.Groups["letter"].Value);
        return letter > 0 ? $"{number}({Ordinals.ToLetters(letter)})" : null;
    }

    /// <summary>The text without the asterisks that call asterisk notes; the longest run is the number of notes called.</summary>
    private string WithoutStars(string text)
    {
        if (text.IndexOfAny(['*', '＊']) < 0)
        {
            return text;
        }

        var run = 0;
        foreach (var c in text)
        {
            run = c is '*' or '＊' ? run + 1 : 0;
            StarReferences = Math.Max(StarReferences, run);
        }

        return StarRun().Replace(text, "").Trim();
    }

    private void ReportMissing(string value, string field, IReadOnlyList<SourceBlock> blocks)
    {
        if (value.Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.MissingPrefaceField, source, blocks.Count > 0 ? blocks[0].Span.Start : 0, field);
        }
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // A session as the preface names it: "第七十九届会议", "Seventy-ninth session", "Soixante-dix-neuvième session",
    // "Septuagésimo noveno período de sesiones", "Семьдесят девятая сессия", "الدورة التاسعة والسبعون", special and
    // emergency special sessions too ("Dixième session extraordinaire d’urgence", "Décimo período extraordinario de
    // sesiones de emergencia", "Десятая чрезвычайная специальная сессия", "الدورة الاستثنائية الطارئة العاشرة").
    [GeneratedRegex("""
        ^(?:
            第[一二三四五六七八九十百〇零]+届(?:特别|紧急特别)?会议
          | [A-Z][a-z]+(?:-[a-z]+)?\x20(?:special\x20|emergency\x20special\x20)?session
          | \p{Lu}[\p{Ll}-]+(?:ième|ière)\x20session(?:\x20extraordinaire(?:\x20d[’']urgence)?)?
          | \p{Lu}\p{Ll}+(?:\x20\p{Ll}+)?\x20período\x20(?:extraordinario\x20)?de\x20sesiones(?:\x20de\x20emergencia)?
          | [А-ЯЁ][а-яё]+(?:\x20[а-яё]+){0,3}\x20сессия
          | الدورة(?:\x20\p{IsArabic}+){1,4}
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Session();

    // A Main Committee or the plenary: "第三委员会", "Third Committee", "Troisième Commission", "Tercera Comisión",
    // "Третий комитет", "اللجنة الثالثة", "全体会议", "Plenary".
    [GeneratedRegex("""
        ^(?:
            第[一二三四五六]委员会 | 全体会议 | Plenary
          | [A-Z][a-z]+\x20Committee
          | \p{Lu}\p{Ll}+\x20Commission
          | \p{Lu}\p{Ll}+\x20Comisión
          | [А-ЯЁ][а-яё]+\x20комитет
          | اللجنة\x20(?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Committee();

    // An agenda item: "议程项目 71(c)", "Agenda item 71 (c)", "Point 71 c) de l’ordre du jour", "Tema 71 c) del
    // programa", "Пункт 71 c) повестки дня", "البند 71 (ج) من جدول الأعمال": its number, and its letter (Latin, or
    // Arabic in an Arabic text) in parentheses or before a closing one.
    [GeneratedRegex("""
        ^(?:议程项目|Agenda\x20item|Point|Tema|Пункт|البند)\s*
        (?<number>[0-9\u0660-\u0669]{1,3})
        (?:\s*(?:\((?<letter>[a-z]{1,2}|\p{IsArabic}{1,2})\)|(?<letter>[a-z]{1,2})\)))?
        (?:\x20(?:de\x20l[’']ordre\x20du\x20jour|del\x20programa|повестки\x20дня|من\x20جدول\x20الأعمال))?$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AgendaItem();

    // "[on the report of the Third Committee (A/79/457)]", "［未经发交主要委员会而通过(A/73/L.3)］".
    [GeneratedRegex(@"^[\[［〔](?<inner>.+)[\]］〕]$")]
    private static partial Regex Bracketed();

    // "80/51. Title", "2758 (XXVI). Title", "22/13.朝鲜…", "S-10/2. Title", "55/... Title" (an HRC draft's number to
    // come), "79/180 - Title" as Arabic texts write it, its digits ASCII or Arabic-Indic.
    [GeneratedRegex(@"^(?<number>(ES-|S-)?[0-9\u0660-\u0669]{1,4}/([0-9\u0660-\u0669]{1,4}( ?[A-Z])?|…|\.\.\.)|[0-9]{1,4} ?[A-Z]? ?\([IVXL]{1,8}\))(\s*[.．。]|\s+[-–])\s*\S")]
    private static partial Regex NumberedTitle();

    // "2446 (2018)", "2446(2018)", "٢٤٤٦ (٢٠١٨)": a Security Council resolution's number and year.
    [GeneratedRegex(@"^[0-9\u0660-\u0669]{1,5}\s?\([0-9\u0660-\u0669]{4}\)$")]
    private static partial Regex YearNumber();

    // " S/2002/724" after a document type standing alone.
    [GeneratedRegex(@"^\s+[A-Z]+(/[A-Za-z0-9.()-]+)+$")]
    private static partial Regex SymbolAfterType();

    // "*", "**", "＊" where they call an asterisk note.
    [GeneratedRegex(@"\s*[*＊]+")]
    private static partial Regex StarRun();
}
