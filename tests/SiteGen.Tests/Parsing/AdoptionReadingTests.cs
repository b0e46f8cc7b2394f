using SiteGen.Core.Model;
using SiteGen.Core.Parsing;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// The numbers, dates and votes of adoption lines, as each language writes them. The Arabic lines were written for
/// these tests in the wording of UN Arabic texts (the meeting before its number, months in two names); votes and
/// meeting numbers are examples.
/// </summary>
public sealed class AdoptionReadingTests
{
    [Theory]
    [InlineData("8401", 8401)]
    [InlineData("８４０１", 8401)]
    [InlineData("一八二一", 1821)]
    [InlineData("二〇一八", 2018)]
    [InlineData("十三", 13)]
    [InlineData("二十五", 25)]
    [InlineData("一百零二", 102)]
    [InlineData("三千四百四十六", 3446)]
    [InlineData("零", 0)]
    public void Chinese_numbers_are_read_in_every_form(string text, int value) => Assert.Equal(value, ChineseNumber.Parse(text));

    [Theory]
    [InlineData("安理会")]
    [InlineData("")]
    public void A_text_that_is_no_number_is_none(string text) => Assert.Null(ChineseNumber.Parse(text));

    [Theory]
    [InlineData("en", "52nd plenary meeting 1 December 2025", "2025-12-01")]
    [InlineData("en", "Adopted by the Security Council at its 8406th meeting, on 15 November 2018", "2018-11-15")]
    [InlineData("zh-Hans", "一九七五年四月十七日", "1975-04-17")]
    [InlineData("zh-Hans", "2018年11月15日安全理事会第8401次会议通过", "2018-11-15")]
    [InlineData("ar", "الذي اتخذه مجلس الأمن في جلسته 8401، المعقودة في 15 تشرين الثاني/نوفمبر 2018", "2018-11-15")]
    [InlineData("ar", "١٧ كانون الأول/ديسمبر ٢٠٢٤", "2024-12-17")]
    [InlineData("ar", "4 نيسان/أبريل 2024", "2024-04-04")]
    [InlineData("ar", "1 أيار/مايو 2019", "2019-05-01")]
    public void Dates_are_found_in_adoption_lines(string language, string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateRecognizer.Find(text, LanguageConventions.For(language)));

    [Theory]
    [InlineData("en", "26 February–5 April 2024", true)]
    [InlineData("en", "1 December 2025", true)]
    [InlineData("en", "Resolution adopted by the General Assembly on 1 December 2025", false)]
    [InlineData("zh-Hans", "一九七五年四月十七日", true)]
    [InlineData("ar", "17 كانون الأول/ديسمبر 2024", true)]
    [InlineData("ar", "قرار اتخذته الجمعية العامة في 17 كانون الأول/ديسمبر 2024", false)]
    public void A_date_line_is_only_a_date_or_a_range(string language, string text, bool isDateLine) =>
        Assert.Equal(isDateLine, DateRecognizer.IsDateLine(text, LanguageConventions.For(language)));

    [Theory]
    [InlineData("en", "30th plenary meeting", true)]
    [InlineData("en", "Adopted unanimously at the 1821st meeting.", true)]
    [InlineData("zh-Hans", "第3446次会议一致通过", true)]
    [InlineData("zh-Hans", "2018年11月15日安全理事会第8401次会议通过", true)]
    [InlineData("en", "Decides to consider the question at its 80th meeting;", false)]
    [InlineData("zh-Hans", "决定在第七十四届会议上继续审查这一问题。", false)]
    [InlineData("ar", "الجلسة العامة 52", true)]
    [InlineData("ar", "الجلسة ٥٦", true)]
    [InlineData("ar", "الذي اتخذه مجلس الأمن في جلسته 8401، المعقودة في 15 تشرين الثاني/نوفمبر 2018", true)]
    [InlineData("ar", "اتُّخذ بالإجماع في الجلسة 1856.", true)]
    [InlineData("ar", "يقرر أن ينظر في المسألة في الجلسة 80 من دورته.", false)]
    public void An_adoption_line_opens_with_its_meeting_an_adoption_phrase_or_a_date(string language, string text, bool opens) =>
        Assert.Equal(opens, new AdoptionRecognizer(LanguageConventions.For(language)).IsOpening(text));

    [Theory]
    [InlineData("en", "[Adopted by a recorded vote of 30 to 1, with 16 abstentions.]", AdoptionMethod.RecordedVote, 30, 1, 16)]
    [InlineData("en", "Adopted at the 1821st meeting by 13 votes to none, with 2 abstentions.", AdoptionMethod.Vote, 13, 0, 2)]
    [InlineData("zh-Hans", "第一八二一次会议以十三票对零票通过。", AdoptionMethod.Vote, 13, 0, null)]
    [InlineData("zh-Hans", "[经记录表决，以30票赞成、1票反对、16票弃权获得通过。]", AdoptionMethod.RecordedVote, 30, 1, 16)]
    [InlineData("ar", "[اعتُمد بتصويت مسجل بأغلبية 28 صوتاً مقابل 6 أصوات، وامتناع 13 عضواً عن التصويت.]", AdoptionMethod.RecordedVote, 28, 6, 13)]
    [InlineData("ar", "اتُّخذ في الجلسة 1856 بأغلبية 13 صوتا مقابل لا شيء، وامتناع عضوين عن التصويت.", AdoptionMethod.Vote, 13, 0, 2)]
    [InlineData("ar", "اتُّخذ في الجلسة ١٨٥٦ بأغلبية ١٤ صوتا مقابل صوت واحد.", AdoptionMethod.Vote, 14, 1, null)]
    public void Votes_are_read_from_the_adoption_line(string language, string text, AdoptionMethod method, int inFavour, int against, int? abstentions)
    {
        var adoption = Read(language, text);

        Assert.Equal(method, adoption.Method);
        Assert.Equal(new VoteCount(inFavour, against, abstentions), adoption.Votes);
    }

    [Theory]
    [InlineData("en", "[Adopted without a vote.]", AdoptionMethod.WithoutVote)]
    [InlineData("en", "Adopted unanimously at the 8406th meeting.", AdoptionMethod.Unanimously)]
    [InlineData("zh-Hans", "第3446次会议一致通过", AdoptionMethod.Unanimously)]
    [InlineData("zh-Hans", "[未经表决获得通过。]", AdoptionMethod.WithoutVote)]
    [InlineData("en", "52nd plenary meeting 1 December 2025", AdoptionMethod.Unknown)]
    [InlineData("ar", "[اعتُمد دون تصويت.]", AdoptionMethod.WithoutVote)]
    [InlineData("ar", "اتُّخذ بالإجماع في الجلسة 1856.", AdoptionMethod.Unanimously)]
    public void How_a_text_was_adopted_is_read_from_its_words(string language, string text, AdoptionMethod method) =>
        Assert.Equal(method, Read(language, text).Method);

    [Theory]
    [InlineData("en", "52nd plenary meeting", 52, true)]
    [InlineData("ar", "الجلسة العامة 52", 52, true)]
    [InlineData("ar", "الجلسة ٥٦", 56, false)]
    [InlineData("ar", "الذي اتخذه مجلس الأمن في جلسته 8401، المعقودة في 15 تشرين الثاني/نوفمبر 2018", 8401, false)]
    public void The_meeting_is_read_where_the_language_names_it(string language, string text, int meeting, bool plenary)
    {
        var adoption = Read(language, text);

        Assert.Equal((meeting, plenary), (adoption.Meeting, adoption.PlenaryMeeting));
    }

    private static Adoption Read(string language, string text)
    {
        var block = new SourceBlock([new TextRun(text, new SiteGen.Core.Diagnostics.SourceSpan(0, text.Length))], null, new SiteGen.Core.Diagnostics.SourceSpan(0, text.Length));
        return new AdoptionRecognizer(LanguageConventions.For(language)).Build([block], AdoptionPlace.AfterOperativePart, null);
    }
}
