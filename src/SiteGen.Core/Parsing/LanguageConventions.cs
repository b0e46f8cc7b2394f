using System.Buffers;
using System.Collections.Immutable;
using SiteGen.Core.Model;

namespace SiteGen.Core.Parsing;

/// <summary>
/// How one UN language writes the parts of a resolution (DESIGN.md, "Input"): the enacting formulas of every
/// body, the line that ends the sponsors, how a page-break split is rejoined, which marks end a preambular
/// paragraph and which end a unit, the letters of sub-paragraph labels in their order, and how second-degree
/// sub-paragraphs are numbered; and the words of the genre's other parts (the init properties): the bodies' names,
/// the heading of an adopted text, the document types, the heading of a Security Council resolution, the months,
/// and the adoption line. One frozen instance per language; the recognisers read these tables, and a language
/// without a table for a part recognises none of that part.
/// </summary>
public sealed record LanguageConventions(
    string Tag,
    ImmutableArray<string> EnactingFormulas,
    string SponsorsSeparator,
    string SponsorsLastConjunction,
    ImmutableArray<string> SponsorNamesWithConjunction,
    string DocumentTypeSeparator,
    string Joiner,
    string ParagraphEndings,
    string UnitEndings,
    ImmutableArray<string> SubParagraphLetters,
    ItemNumerals ItemNumerals)
{
    /// <summary>The issuing bodies' names as a line of the preface shows them ("人权理事会", "Human Rights Council").</summary>
    public ImmutableArray<string> BodyNames { get; init; } = [];

    /// <summary>What the heading of an adopted text contains ("Resolution adopted by the", "通过的决议").</summary>
    public ImmutableArray<string> AdoptedHeadings { get; init; } = [];

    /// <summary>A document type standing alone on its line, in lower case ("draft resolution", "决议草案").</summary>
    public ImmutableArray<string> DocumentTypes { get; init; } = [];

    /// <summary>What stands before and after the number in a Security Council resolution's heading ("第", "号决议").</summary>
    public (string Before, string After) ResolutionHeading { get; init; } = ("", "");

    /// <summary>The months' names, January first, for dates written with words ("1 December 2025"); empty where months are numbers.</summary>
    public ImmutableArray<string> MonthNames { get; init; } = [];

    /// <summary>How an adoption line may open besides a meeting ("Adopted by the Security Council at its", "Adopted at the").</summary>
    public ImmutableArray<string> AdoptionOpenings { get; init; } = [];

    /// <summary>The meeting's words after its number ("plenary meeting", "meeting"; "次全体会议", "次会议"), the plenary one first.</summary>
    public ImmutableArray<string> MeetingWords { get; init; } = [];

    /// <summary>
    /// The <see cref="MeetingWords"/>, as one search for any of them whatever their case. Words of a script without
    /// case (次全体会议) are the same in every case, and are looked for as they are, the faster search.
    /// </summary>
    public SearchValues<string> MeetingWordSearch => field ??= SearchValues.Create(
        MeetingWords.AsSpan(),
        MeetingWords.All(word => word.ToUpperInvariant() == word && word.ToLowerInvariant() == word) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>A plenary meeting's words where they stand before its number ("الجلسة العامة 52").</summary>
    public ImmutableArray<string> PlenaryMeetingWordsBeforeNumber { get; init; } = [];

    /// <summary>Any other meeting's words where they stand before its number ("في جلسته 8401", "الجلسة 1821").</summary>
    public ImmutableArray<string> MeetingWordsBeforeNumber { get; init; } = [];

    /// <summary>Phrases of an adoption line that say how it was adopted.</summary>
    public ImmutableArray<string> WithoutVotePhrases { get; init; } = [];

    public ImmutableArray<string> UnanimousPhrases { get; init; } = [];

    public ImmutableArray<string> RecordedVotePhrases { get; init; } = [];

    /// <summary>Words by which a paragraph adopts a text set out after it ("Adopts the following declaration:").</summary>
    public ImmutableArray<string> FollowingTextWords { get; init; } = [];

    /// <summary>The line that heads a text annexed to the resolution, after its adoption line ("Annex").</summary>
    public string AnnexHeading { get; init; } = "";

    /// <summary>The language's name in English, for diagnostics ("French").</summary>
    public string Name { get; init; } = "";

    // Latin letters are read by Ordinals.FromLetters (a … z, then aa, bb …), in every language.
    private static readonly ImmutableArray<string> LatinLetters = [];

    public static readonly LanguageConventions Chinese = new(
        Tag: "zh-Hans",
        EnactingFormulas: ["大会，", "人权理事会，", "安全理事会，", "经济及社会理事会，"],
        SponsorsSeparator: "、",
        SponsorsLastConjunction: "和",
        SponsorNamesWithConjunction:
        [
            "波斯尼亚和黑塞哥维那", "特立尼达和多巴哥", "安提瓜和巴布达", "圣基茨和尼维斯", "圣文森特和格林纳丁斯", "圣多美和普林西比",
        ],
        DocumentTypeSeparator: "：",
        Joiner: "",
        ParagraphEndings: "，。；：,;:.",
        UnitEndings: "。；：;:.",
        SubParagraphLetters: LatinLetters,
        ItemNumerals: ItemNumerals.Chinese)
    {
        Name = "Chinese",
        FollowingTextWords = ["下述", "以下", "如下"],
        AnnexHeading = "附件",
        BodyNames = ["大会", "人权理事会", "安全理事会", "经济及社会理事会"],
        AdoptedHeadings = ["通过的决议"],
        DocumentTypes = ["决议草案", "订正决议草案", "决定草案"],
        ResolutionHeading = ("第", "号决议"),
        MeetingWords = ["次全体会议", "次会议"],
        WithoutVotePhrases = ["未经表决", "未经投票", "以协商一致方式"],
        UnanimousPhrases = ["一致通过"],
        RecordedVotePhrases = ["记录表决"],
    };

    public static readonly LanguageConventions English = new(
        Tag: "en",
        EnactingFormulas: ["The General Assembly,", "The Human Rights Council,", "The Security Council,", "The Economic and Social Council,"],
        SponsorsSeparator: ", ",
        SponsorsLastConjunction: " and ",
        SponsorNamesWithConjunction:
        [
            "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis",
            "Saint Vincent and the Grenadines", "Sao Tome and Principe", "United Kingdom of Great Britain and Northern Ireland",
        ],
        DocumentTypeSeparator: ": ",
        Joiner: " ",
        ParagraphEndings: ",;:.",
        UnitEndings: ";:.",
        SubParagraphLetters: LatinLetters,
        ItemNumerals: ItemNumerals.Roman)
    {
        Name = "English",
        FollowingTextWords = ["the following"],
        AnnexHeading = "Annex",
        BodyNames = ["General Assembly", "Human Rights Council", "Security Council", "Economic and Social Council"],
        AdoptedHeadings = ["Resolution adopted by the", "Resolution adopted by"],
        DocumentTypes = ["draft resolution", "revised draft resolution", "draft decision"],
        ResolutionHeading = ("Resolution ", ""),
        MonthNames =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ],
        AdoptionOpenings = ["Adopted "],
        MeetingWords = ["plenary meeting", "meeting"],
        WithoutVotePhrases = ["without a vote", "without vote", "by consensus"],
        UnanimousPhrases = ["unanimously"],
        RecordedVotePhrases = ["recorded vote"],
    };

    // French texts write the apostrophe as U+2019 or, after conversion, as an ASCII one.
    public static readonly LanguageConventions French = new(
        Tag: "fr",
        EnactingFormulas:
        [
            "L’Assemblée générale,", "L'Assemblée générale,", "Le Conseil de sécurité,", "Le Conseil des droits de l’homme,",
            "Le Conseil des droits de l'homme,", "Le Conseil économique et social,",
        ],
        SponsorsSeparator: ", ",
        SponsorsLastConjunction: " et ",
        SponsorNamesWithConjunction:
        [
            "Bosnie-Herzégovine", "Trinité-et-Tobago", "Antigua-et-Barbuda", "Saint-Kitts-et-Nevis", "Saint-Vincent-et-les Grenadines",
            "Sao Tomé-et-Principe", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
        ],
        DocumentTypeSeparator: " : ",
        Joiner: " ",
        ParagraphEndings: ",;:.",
        UnitEndings: ";:.",
        SubParagraphLetters: LatinLetters,
        ItemNumerals: ItemNumerals.Roman)
    {
        Name = "French",
        FollowingTextWords = ["ci-après", "suivante", "suivant"],
        AnnexHeading = "Annexe",
        BodyNames = ["Assemblée générale", "Conseil de sécurité", "Conseil des droits de l’homme", "Conseil des droits de l'homme", "Conseil économique et social"],
        AdoptedHeadings = ["Résolution adoptée par"],
        DocumentTypes = ["projet de résolution révisé", "projet de résolution", "projet de décision"],
        ResolutionHeading = ("Résolution ", ""),
        MonthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        AdoptionOpenings = ["Adoptée "],
        MeetingWords = ["séance plénière", "séance"],
        WithoutVotePhrases = ["sans vote", "sans mise aux voix", "par consensus"],
        UnanimousPhrases = ["à l’unanimité", "à l'unanimité"],
        RecordedVotePhrases = ["vote enregistré"],
    };

    public static readonly LanguageConventions Spanish = new(
        Tag: "es",
        EnactingFormulas: ["La Asamblea General,", "El Consejo de Seguridad,", "El Consejo de Derechos Humanos,", "El Consejo Económico y Social,"],
        SponsorsSeparator: ", ",
        SponsorsLastConjunction: " y ",
        SponsorNamesWithConjunction:
        [
            "Bosnia y Herzegovina", "Trinidad y Tabago", "Antigua y Barbuda", "Saint Kitts y Nevis", "San Vicente y las Granadinas",
            "Santo Tomé y Príncipe", "Reino Unido de Gran Bretaña e Irlanda del Norte",
        ],
        DocumentTypeSeparator: ": ",
        Joiner: " ",
        ParagraphEndings: ",;:.",
        UnitEndings: ";:.",
        SubParagraphLetters: LatinLetters,
        ItemNumerals: ItemNumerals.Roman)
    {
        Name = "Spanish",
        FollowingTextWords = ["siguiente"],
        AnnexHeading = "Anexo",
        BodyNames = ["Asamblea General", "Consejo de Seguridad", "Consejo de Derechos Humanos", "Consejo Económico y Social"],
        AdoptedHeadings = ["Resolución aprobada por"],
        DocumentTypes = ["proyecto de resolución revisado", "proyecto de resolución", "proyecto de decisión"],
        ResolutionHeading = ("Resolución ", ""),
        MonthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        AdoptionOpenings = ["Aprobada "],
        MeetingWords = ["sesión plenaria", "sesión"],
        WithoutVotePhrases = ["sin votación", "sin someterla a votación", "por consenso"],
        UnanimousPhrases = ["por unanimidad"],
        RecordedVotePhrases = ["votación registrada"],
    };

    // Russian sub-paragraphs are lettered а) б) в) … in the Cyrillic order without ё, й, ъ, ы and ь.
    public static readonly LanguageConventions Russian = new(
        Tag: "ru",
        EnactingFormulas: ["Генеральная Ассамблея,", "Совет Безопасности,", "Совет по правам человека,", "Экономический и Социальный Совет,"],
        SponsorsSeparator: ", ",
        SponsorsLastConjunction: " и ",
        SponsorNamesWithConjunction:
        [
            "Босния и Герцеговина", "Тринидад и Тобаго", "Антигуа и Барбуда", "Сент-Китс и Невис", "Сент-Винсент и Гренадины",
            "Сан-Томе и Принсипи", "Соединенное Королевство Великобритании и Северной Ирландии",
        ],
        DocumentTypeSeparator: ": ",
        Joiner: " ",
        ParagraphEndings: ",;:.",
        UnitEndings: ";:.",
        SubParagraphLetters:
        [
            "а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч",
            "ш", "щ", "э", "ю", "я",
        ],
        ItemNumerals: ItemNumerals.Roman)
    {
        Name = "Russian",
        FollowingTextWords = ["следующ"],
        AnnexHeading = "Приложение",
        BodyNames = ["Генеральная Ассамблея", "Совет Безопасности", "Совет по правам человека", "Экономический и Социальный Совет"],
        AdoptedHeadings = ["Резолюция, принятая", "Резолюция принятая"],
        DocumentTypes = ["пересмотренный проект резолюции", "проект резолюции", "проект решения"],
        ResolutionHeading = ("Резолюция ", ""),

        // Months as a date writes them, in the genitive: "1 декабря 2025 года".
        MonthNames = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        AdoptionOpenings = ["Принята "],
        MeetingWords = ["пленарное заседание", "заседание"],
        WithoutVotePhrases = ["без голосования", "консенсусом"],
        UnanimousPhrases = ["единогласно"],
        RecordedVotePhrases = ["заносимым в отчет о заседании голосованием", "заносимым в отчет голосованием", "заносимому в отчет голосованию"],
    };

    // Arabic texts are written with the Arabic comma (،) and semicolon (؛); sub-paragraphs are lettered in the
    // abjad order (أ ب ج د هـ و ز ح ط ي …), as UN Arabic documents letter them; the conjunction و is joined to
    // the next name.
    public static readonly LanguageConventions Arabic = new(
        Tag: "ar",
        EnactingFormulas:
        [
            "إن الجمعية العامة،", "إن مجلس الأمن،", "إن مجلس حقوق الإنسان،", "إن المجلس الاقتصادي والاجتماعي،",
            "إن الجمعية العامة,", "إن مجلس الأمن,", "إن مجلس حقوق الإنسان,", "إن المجلس الاقتصادي والاجتماعي,",
        ],
        SponsorsSeparator: "، ",
        SponsorsLastConjunction: " و",
        SponsorNamesWithConjunction: ["البوسنة والهرسك", "ترينيداد وتوباغو", "أنتيغوا وبربودا", "سانت كيتس ونيفس", "سانت فنسنت وجزر غرينادين", "سان تومي وبرينسيبي"],
        DocumentTypeSeparator: ": ",
        Joiner: " ",
        ParagraphEndings: "،؛,;:.",
        UnitEndings: "؛;:.",
        SubParagraphLetters:
        [
            "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث",
            "خ", "ذ", "ض", "ظ", "غ",
        ],
        ItemNumerals: ItemNumerals.QuotedDigits)
    {
        Name = "Arabic",
        FollowingTextWords = ["التالي", "الآتي"],
        AnnexHeading = "المرفق",
        BodyNames = ["الجمعية العامة", "مجلس الأمن", "مجلس حقوق الإنسان", "المجلس الاقتصادي والاجتماعي"],
        AdoptedHeadings = ["قرار اتخذته", "قرار اتخذه", "قرار اعتمده", "قرار اعتمدته"],
        DocumentTypes = ["مشروع قرار منقح", "مشروع قرار", "مشروع مقرر"],
        ResolutionHeading = ("القرار ", ""),

        // Months as UN Arabic texts write them, the Syriac name and the Latin one joined by a slash ("15 تشرين
        // الثاني/نوفمبر 2018"): these are the Latin ones, which a date is read by.
        MonthNames = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],

        // "الذي اتخذه مجلس الأمن في جلسته 8401"; "اتخذ بالإجماع في الجلسة 1821"; "اعتمد دون تصويت" (without their
        // vowel marks, which the adoption reader ignores).
        AdoptionOpenings = ["الذي اتخذه", "التي اتخذتها", "اتخذ", "الذي اعتمده", "اعتمد"],

        // Arabic names the meeting before its number: "الجلسة العامة 52", "في جلسته 8401", "الجلسة 56".
        PlenaryMeetingWordsBeforeNumber = ["الجلسة العامة", "جلستها العامة"],
        MeetingWordsBeforeNumber = ["الجلسة", "جلسته", "جلستها"],
        WithoutVotePhrases = ["دون تصويت", "بدون تصويت", "بتوافق الآراء"],
        UnanimousPhrases = ["بالإجماع"],
        RecordedVotePhrases = ["بتصويت مسجل"],
    };

    /// <summary>The six official languages' conventions, Chinese and English first.</summary>
    public static ImmutableArray<LanguageConventions> All { get; } = [Chinese, English, French, Spanish, Russian, Arabic];

    /// <summary>The conventions for a language tag or UN code; English conventions serve a language SiteGen does not know.</summary>
    public static LanguageConventions For(string tag)
    {
        foreach (var conventions in All)
        {
            if (string.Equals(conventions.Tag, tag, StringComparison.OrdinalIgnoreCase)
                || (tag.Length > 2 && tag[2] == '-' && string.Equals(conventions.Tag[..2], tag[..2], StringComparison.OrdinalIgnoreCase))
                || (tag.Length == 2 && conventions.Tag.StartsWith(tag, StringComparison.OrdinalIgnoreCase)))
            {
                return conventions;
            }
        }

        return English;
    }

    /// <summary>The ordinal of a sub-paragraph letter (1 for a, а or أ), 0 when the text is not one.</summary>
    public int LetterOrdinal(string text)
    {
        if (text.Length > 0 && char.IsAsciiLetter(text[0]))
        {
            return Ordinals.FromLetters(text);
        }

        var index = SubParagraphLetters.IndexOf(text);
        return index + 1;
    }

    /// <summary>The label of a sub-paragraph letter as the language writes it inside its parentheses.</summary>
    public string LetterText(int ordinal) =>
        SubParagraphLetters.IsEmpty || ordinal > SubParagraphLetters.Length ? Ordinals.ToLetters(ordinal) : SubParagraphLetters[ordinal - 1];

    /// <summary>
    /// The language of a text: the one whose enacting formula it holds, otherwise the script most of its letters
    /// are in (Han, Arabic, Cyrillic; Latin is English).
    /// </summary>
    public static string DetectLanguage(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        foreach (var conventions in All)
        {
            foreach (var formula in conventions.EnactingFormulas)
            {
                if (sample.Contains(formula, StringComparison.Ordinal))
                {
                    return conventions.Tag;
                }
            }
        }

        int han = 0, latin = 0, arabic = 0, cyrillic = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
        }

        var most = Math.Max(Math.Max(han, latin), Math.Max(arabic, cyrillic));
        return most == 0 || most == latin ? English.Tag
            : most == han ? Chinese.Tag
            : most == arabic ? Arabic.Tag
            : Russian.Tag;
    }
}
