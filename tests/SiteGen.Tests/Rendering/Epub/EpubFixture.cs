using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Rendering.Epub;

/// <summary>
/// A small Chinese resolution built by hand: a preface, three preambular paragraphs, three operative paragraphs
/// (one with sub-paragraphs and second-degree ones), five notes of which one is 同上, symbol and web links.
/// </summary>
internal static class EpubFixture
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static ResolutionDocument Document(string title = "朝鲜民主主义人民共和国人权状况", string language = "zh-Hans")
    {
        var metadata = new DocumentMetadata("A/C.3/79/L.34", language, IssuingBody.GeneralAssembly, "limited", "en", new DateOnly(2024, 11, 20), Issued: new DateOnly(2024, 11, 20));
        var preface = new Preface(
            "第七十九届会议",
            "第三委员会",
            "71(c)",
            "促进和保护人权：人权状况及特别报告员和代表的报告",
            ["阿尔巴尼亚", "安道尔", "澳大利亚"],
            "决议草案",
            title);

        ImmutableArray<PreambularParagraph> preamble =
        [
            new(UnitId.Preambular(1), [Text("重申所有国家都有义务尊重、保护和实现人权和基本自由，")], []),
            new(UnitId.Preambular(2), [Text("回顾大会 2023 年 12 月 19 日"), new SymbolLink("第 78/218 号决议", "A/RES/78/218", At), Text("，"), Note(1), Text("并意识到有必要加强协调努力，")], []),
            new(UnitId.Preambular(3), [Text("意识到《公民及政治权利国际公约》、"), Note(2), Text("《经济社会文化权利国际公约》"), Note(3), Text("的缔约方，")], []),
        ];

        ImmutableArray<OperativeParagraph> operative =
        [
            new(UnitId.Operative(1), "1.", [new Strong([Text("最强烈地谴责")], At), Text("长期、持续、系统地实施普遍和严重的侵犯人权行为；")], [], []),
            new(
                UnitId.Operative(2),
                "2.",
                [Text("表示极其严重关切：")],
                [
                    new(
                        UnitId.Operative(2).Sub(1),
                        "(a)",
                        [Text("持续不断接到关于侵犯人权行为的报告，例如：")],
                        [
                            new(UnitId.Operative(2).Sub(1).Item2(1), "(一)", [Text("酷刑和其他残忍、不人道或有辱人格的待遇或处罚；")], [], []),
                            new(UnitId.Operative(2).Sub(1).Item2(2), "(二)", [Text("广泛使用强迫劳动"), Note(4), Text("和侵犯劳动者权利；")], [], []),
                        ],
                        []),
                    new(UnitId.Operative(2).Sub(2), "(b)", [Text("继续拒绝向特别报告员发出邀请 <script>alert(1)</script> & 其他；")], [], []),
                ],
                []),
            new(UnitId.Operative(3), "3.", [new Strong([Text("决定")], At), Text("继续处理这一问题，参见"), new SymbolLink("A/HRC/25/63", "A/HRC/25/63", At), Text("。"), Note(5)], [], []),
        ];

        ImmutableArray<Footnote> footnotes =
        [
            new(UnitId.Footnote(1), [Text("见《大会正式记录，第七十九届会议，补编第 53 号》("), new SymbolLink("A/79/53", "A/79/53", At), Text(")，第四章，A 节。")], []),
            new(UnitId.Footnote(2), [Text("见"), new SymbolLink("第 2200 A(XXI)号决议", "A/RES/2200(XXI)", At), Text("，附件。")], []),
            new(UnitId.Footnote(3), [Text("同上。")], [], Repeats: 2),
            new(UnitId.Footnote(4), [Text("可查阅："), new WebLink("www.ohchr.org/en/documents", "https://www.ohchr.org/en/documents", At), Text("。")], []),
            new(UnitId.Footnote(5), [new SymbolLink("A/HRC/34/66/Add.1", "A/HRC/34/66/Add.1", At), Text("。")], []),
        ];

        return new ResolutionDocument(
            metadata,
            new SourceText("content/A-C.3-79-L.34/zh-Hans.md", ""),
            preface,
            "大会，",
            preamble,
            operative,
            footnotes,
            []);
    }

    private static TextRun Text(string text) => new(text, At);

    private static NoteRef Note(int number) => new(number, At);
}
