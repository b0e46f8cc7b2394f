using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteGen.Core.Model;

namespace SiteGen.Core.References;

/// <summary>
/// How one UN language names issuing bodies and cites resolutions (DESIGN.md, "References"): body names (in
/// every case the language declines them in), the words that open a citation (第, resolution, résolution,
/// resolución, резолюция, قرار), what joins the numbers of a coordinated list, the marks that end a clause, and
/// the ibid. forms. Where a language names the body inside the citation, between the word and the number or
/// after the number ("résolution 70/1 de l’Assemblée générale", "резолюции Совета Безопасности 1373 (2001)",
/// "قرار مجلس الأمن 1373 (2001)"), <see cref="BodyConnectors"/> holds the words that join the name to it ("" for
/// none); it is empty where the body stands before the citation, as in English and Chinese. One frozen table per
/// language, so the recognisers carry no ifs. A date regex is null when the language writes no date on that
/// side of a number.
/// </summary>
internal sealed partial record ReferenceTerms(
    ImmutableArray<BodyName> BodyNames,
    ImmutableArray<string> LeadIns,
    ImmutableArray<string> Separators,
    ImmutableArray<string> NumberSuffixes,
    Regex? DateBeforeNumber,
    Regex? DateAfterNumber,
    string ClauseEnds,
    bool ClauseEndNeedsSpace,
    bool WholeWords,
    ImmutableArray<string> IbidForms,
    string IbidText,
    string FullStop,
    ImmutableArray<string> BodyConnectors)
{
    /// <summary>Where a lead-in may stand, in either case, so that a recogniser jumps to the candidates.</summary>
    public WordSearch LeadInSearch { get; } = new(LeadIns, StringComparison.OrdinalIgnoreCase);

    /// <summary>Where a body name may stand, so that a recogniser jumps to the candidates.</summary>
    public WordSearch BodyNameSearch { get; } = new([.. BodyNames.Select(name => name.Text)], StringComparison.Ordinal);

    /// <summary>The marks that end a clause, for one search.</summary>
    public SearchValues<char> ClauseEndMarks { get; } = SearchValues.Create(ClauseEnds);

    public static readonly ReferenceTerms Chinese = new(
        BodyNames:
        [
            new("经济及社会理事会", IssuingBody.EconomicAndSocialCouncil),
            new("经社理事会", IssuingBody.EconomicAndSocialCouncil),
            new("安全理事会", IssuingBody.SecurityCouncil),
            new("人权理事会", IssuingBody.HumanRightsCouncil),
            new("人权委员会", IssuingBody.CommissionOnHumanRights),
            new("安理会", IssuingBody.SecurityCouncil),
            new("大会", IssuingBody.GeneralAssembly),
            new("理事会", null),
        ],
        LeadIns: ["第"],
        Separators: ["以及", "、", "和", "及", "与"],
        NumberSuffixes: ["号"],
        DateBeforeNumber: ChineseDate(),
        DateAfterNumber: null,
        ClauseEnds: "。；",
        ClauseEndNeedsSpace: false,
        WholeWords: false,
        IbidForms: ["同上"],
        IbidText: "同上",
        FullStop: "。",
        BodyConnectors: []);

    public static readonly ReferenceTerms English = new(
        BodyNames:
        [
            new("Economic and Social Council", IssuingBody.EconomicAndSocialCouncil),
            new("Commission on Human Rights", IssuingBody.CommissionOnHumanRights),
            new("Human Rights Council", IssuingBody.HumanRightsCouncil),
            new("Security Council", IssuingBody.SecurityCouncil),
            new("General Assembly", IssuingBody.GeneralAssembly),
            new("Assembly", IssuingBody.GeneralAssembly),
            new("Council", null),
        ],
        LeadIns: ["resolutions", "resolution"],
        Separators: [", and", ", or", ",", "and", "or"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: EnglishDate(),
        ClauseEnds: ".;",
        ClauseEndNeedsSpace: true,
        WholeWords: true,
        IbidForms: ["Ibid.", "Ibid"],
        IbidText: "Ibid.",
        FullStop: ".",
        BodyConnectors: []);

    // French texts write the apostrophe as U+2019 or, after conversion, as an ASCII one.
    public static readonly ReferenceTerms French = new(
        BodyNames:
        [
            new("Conseil économique et social", IssuingBody.EconomicAndSocialCouncil),
            new("Commission des droits de l’homme", IssuingBody.CommissionOnHumanRights),
            new("Commission des droits de l'homme", IssuingBody.CommissionOnHumanRights),
            new("Conseil des droits de l’homme", IssuingBody.HumanRightsCouncil),
            new("Conseil des droits de l'homme", IssuingBody.HumanRightsCouncil),
            new("Conseil de sécurité", IssuingBody.SecurityCouncil),
            new("Assemblée générale", IssuingBody.GeneralAssembly),
            new("Assemblée", IssuingBody.GeneralAssembly),
            new("Conseil", null),
        ],
        LeadIns: ["résolutions", "résolution"],
        Separators: [", et", ", ou", ",", "et", "ou"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: FrenchDate(),
        ClauseEnds: ".;",
        ClauseEndNeedsSpace: true,
        WholeWords: true,
        IbidForms: ["Ibid.", "Ibid"],
        IbidText: "Ibid.",
        FullStop: ".",
        BodyConnectors: ["de l’", "de l'", "du", "de la"]);

    public static readonly ReferenceTerms Spanish = new(
        BodyNames:
        [
            new("Consejo Económico y Social", IssuingBody.EconomicAndSocialCouncil),
            new("Comisión de Derechos Humanos", IssuingBody.CommissionOnHumanRights),
            new("Consejo de Derechos Humanos", IssuingBody.HumanRightsCouncil),
            new("Consejo de Seguridad", IssuingBody.SecurityCouncil),
            new("Asamblea General", IssuingBody.GeneralAssembly),
            new("Asamblea", IssuingBody.GeneralAssembly),
            new("Consejo", null),
        ],
        LeadIns: ["resoluciones", "resolución"],
        Separators: [", y", ", o", ",", "y", "e", "o"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: SpanishDate(),
        ClauseEnds: ".;",
        ClauseEndNeedsSpace: true,
        WholeWords: true,
        IbidForms: ["Ibid.", "Ibid"],
        IbidText: "Ibid.",
        FullStop: ".",
        BodyConnectors: ["de la", "del"]);

    // Russian declines the names: each body in the nominative, genitive, dative, accusative, instrumental and
    // prepositional forms the texts use ("Совета Безопасности", "Генеральной Ассамблеи"), longer names first.
    public static readonly ReferenceTerms Russian = new(
        BodyNames:
        [
            .. Declined(IssuingBody.EconomicAndSocialCouncil, "Экономический и Социальный Совет", "Экономического и Социального Совета", "Экономическому и Социальному Совету", "Экономическим и Социальным Советом", "Экономическом и Социальном Совете"),
            .. Declined(IssuingBody.CommissionOnHumanRights, "Комиссия по правам человека", "Комиссии по правам человека", "Комиссию по правам человека", "Комиссией по правам человека"),
            .. Declined(IssuingBody.HumanRightsCouncil, "Совет по правам человека", "Совета по правам человека", "Совету по правам человека", "Советом по правам человека", "Совете по правам человека"),
            .. Declined(IssuingBody.SecurityCouncil, "Совет Безопасности", "Совета Безопасности", "Совету Безопасности", "Советом Безопасности", "Совете Безопасности"),
            .. Declined(IssuingBody.GeneralAssembly, "Генеральная Ассамблея", "Генеральной Ассамблеи", "Генеральной Ассамблее", "Генеральной Ассамблеей", "Генеральную Ассамблею"),
            .. Declined(IssuingBody.GeneralAssembly, "Ассамблея", "Ассамблеи", "Ассамблее", "Ассамблеей", "Ассамблею"),
            .. Declined(null, "Совет", "Совета", "Совету", "Советом", "Совете"),
        ],
        LeadIns: ["резолюциями", "резолюциях", "резолюциям", "резолюцией", "резолюцию", "резолюции", "резолюций", "резолюция"],
        Separators: [", и", ",", "и", "или"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: RussianDate(),
        ClauseEnds: ".;",
        ClauseEndNeedsSpace: true,
        WholeWords: true,
        IbidForms: ["Там же."],
        IbidText: "Там же.",
        FullStop: ".",
        BodyConnectors: [""]);

    // Arabic joins the article, prepositions and the conjunction و to the next word (القرار, وقرارها,
    // للجمعية العامة), so names and lead-ins are found inside words; longer forms first.
    public static readonly ReferenceTerms Arabic = new(
        BodyNames:
        [
            new("المجلس الاقتصادي والاجتماعي", IssuingBody.EconomicAndSocialCouncil),
            new("لجنة حقوق الإنسان", IssuingBody.CommissionOnHumanRights),
            new("مجلس حقوق الإنسان", IssuingBody.HumanRightsCouncil),
            new("مجلس الأمن", IssuingBody.SecurityCouncil),
            new("الجمعية العامة", IssuingBody.GeneralAssembly),
            new("لجمعية العامة", IssuingBody.GeneralAssembly),
            new("المجلس", null),
        ],
        LeadIns: ["قراراتها", "قراراته", "قرارها", "قراره", "قرارات", "قراري", "قرار"],
        Separators: ["، و", "،", ",", "أو", "و"],
        NumberSuffixes: [],
        DateBeforeNumber: null,
        DateAfterNumber: ArabicDate(),
        ClauseEnds: ".؛",
        ClauseEndNeedsSpace: true,
        WholeWords: false,
        IbidForms: ["المرجع نفسه"],
        IbidText: "المرجع نفسه",
        FullStop: ".",
        BodyConnectors: [""]);

    /// <summary>The terms for a BCP 47 tag; English terms serve a language SiteGen does not know.</summary>
    public static ReferenceTerms For(string language) => (language.Length >= 2 ? language[..2].ToLowerInvariant() : "") switch
    {
        "zh" => Chinese,
        "fr" => French,
        "es" => Spanish,
        "ru" => Russian,
        "ar" => Arabic,
        _ => English,
    };

    private static IEnumerable<BodyName> Declined(IssuingBody? body, params string[] forms) => forms.Select(form => new BodyName(form, body));

    // A date written before a list item: "2022 年 4 月 1 日第 49/22 号" (year, month and day as far as given).
    [GeneratedRegex(@"\G\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*")]
    private static partial Regex ChineseDate();

    // A date written after a list item: "34/24 of 24 March 2017".
    [GeneratedRegex(@"\G\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")]
    private static partial Regex EnglishDate();

    // "1357 (2001) du 21 juin 2001", "70/1 en date du 1er mars 2016".
    [GeneratedRegex(@"\G,?\s+(?:en date )?du\s+\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4}")]
    private static partial Regex FrenchDate();

    // "70/1, de 25 de septiembre de 2015".
    [GeneratedRegex(@"\G,?\s+de\s+\d{1,2}\s+de\s+\p{Ll}+\s+de\s+\d{4}")]
    private static partial Regex SpanishDate();

    // "72/15 от 30 ноября 2017 года".
    [GeneratedRegex(@"\G\s+от\s+\d{1,2}\s+\p{Ll}+\s+\d{4}(?:\s+года)?")]
    private static partial Regex RussianDate();

    // "70/1 المؤرخ 25 أيلول/سبتمبر 2015": the month in its two names, joined by a slash.
    [GeneratedRegex(@"\G\s+المؤرخ(?:ة|ين)?\s+\d{1,2}\s+[\p{L}/]+\s+\d{4}")]
    private static partial Regex ArabicDate();
}
