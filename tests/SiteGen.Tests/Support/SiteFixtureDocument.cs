using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small hand-built Chinese document with a unit of every kind, a repeated note reference, an ibid. note,
/// symbol and web links and markup-like text, for rendering tests that must not depend on the parser.
/// </summary>
public static class SiteFixtureDocument
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static ResolutionDocument Chinese(string symbol = "A/C.3/79/L.34", string language = "zh-Hans")
    {
        var metadata = new DocumentMetadata(symbol, language, IssuingBody.GeneralAssembly, "limited", "en", new DateOnly(2024, 11, 20), Issued: new DateOnly(2024, 11, 20));
        var preface = new Preface(
            "第七十九届会议",
            "第三委员会",
            "议程项目 71(c)",
            "促进和保护人权：人权状况及特别报告员和代表的报告",
            ["阿尔巴尼亚", "安道尔", "美利坚合众国"],
            "决议草案",
            "朝鲜民主主义人民共和国人权状况");

        PreambularParagraph[] preamble =
        [
            new(UnitId.Preambular(1), [Text("重申所有国家都有义务尊重、保护和实现人权和基本自由，")], []),
            new(UnitId.Preambular(2), [Text("回顾大会"), new SymbolLink("第 78/218 号决议", "A/RES/78/218", At), Text("，"), new NoteRef(1, At), Text("并意识到<script>alert(1)</script>&amp;，")], []),
            new(UnitId.Preambular(3), [Text("表示注意到特别报告员的报告，"), new NoteRef(2, At), Text("又表示注意到综合报告，"), new NoteRef(1, At)], []),
        ];

        OperativeParagraph[] operative =
        [
            new(UnitId.Operative(1), "1.", [new Strong([Text("最强烈地谴责")], At), Text("在其境内长期实施的侵犯人权行为；"), new NoteRef(3, At)], [], []),
            new(UnitId.Operative(2), "2.", [new Strong([Text("表示极其严重关切")], At), Text("：")],
            [
                new(UnitId.Operative(2).Sub(1), "(a)", [Text("持续不断接到关于侵犯人权行为的报告，例如：")],
                [
                    new(UnitId.Operative(2).Sub(1).Item2(1), "(一)", [Text("酷刑和其他残忍、不人道或有辱人格的待遇或处罚；")], [], []),
                    new(UnitId.Operative(2).Sub(1).Item2(3), "(三)", [Text("强迫或非自愿失踪；")], [], []),
                ], []),
                new(UnitId.Operative(2).Sub(2), "(b)", [Text("拒绝发出邀请；")], [], []),
            ], []),
            new(UnitId.Operative(19), "19.", [new Strong([Text("强烈敦促")], At), Text("朝鲜民主主义人民共和国政府尊重一切人权，为此：")],
            [
                new(UnitId.Operative(19).Sub(1), "(a)", [Text("立即停止侵犯人权行为；")], [], []),
                new(UnitId.Operative(19).Sub(2), "(b)", [Text("立即关闭政治犯牢营，"), new Emphasis([Text("and")], At), Text("释放所有政治犯；")], [], []),
            ], []),
        ];

        Footnote[] notes =
        [
            new(UnitId.Footnote(1), [Text("见《大会正式记录》("), new SymbolLink("A/79/53", "A/79/53", At), Text(")，第四章，A 节。")], []),
            new(UnitId.Footnote(2), [Text("同上。")], [], Repeats: 1),
            new(UnitId.Footnote(3), [Text("可查阅："), new WebLink("www.ohchr.org/en/documents", "https://www.ohchr.org/en/documents", At), Text("。")], []),
        ];

        return new ResolutionDocument(
            metadata,
            new SourceText("content/fixture/zh-Hans.md", ""),
            preface,
            "大会，",
            [.. preamble],
            [.. operative],
            [.. notes],
            [new Reference("第 78/218 号决议", "A/RES/78/218", UnitId.Preambular(2), At)]);
    }

    private static TextRun Text(string text) => new(text, At);
}
