using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.References;

/// <summary>
/// The resolver on inputs it was not written for: the seed with citation-like noise spliced in never makes it
/// throw, change a unit's text, put a span outside the file or emit a link other than http(s).
/// </summary>
public sealed class ResolverRobustnessTests
{
    private static readonly string[] Noise =
    [
        "第", "号", "决议", "、", "和", "以及", " ", "理事会", "人权理事会", "安理会", "大会", "人权委员会", "。", "；", "(", ")", "（", "）",
        "/", "78/218", "2321(2016)", "2200 A(XXI)", "A(XXI)", "2017 年 4 月 1 日", "¹", "³²", "同上", "同上。", "Ibid.", "www.", "https://",
        "http://x", "A/", "A/HRC/", "Add.1", "resolution ", "resolutions ", " and ", ", ", "Council", "(2016)", "**", "\\(", "[", "](#)",
    ];

    [Fact]
    public void Citation_noise_spliced_into_the_seed_never_breaks_the_resolver()
    {
        var random = new Random(20241120);
        var seed = Sources.SeedText;
        for (var i = 0; i < 100; i++)
        {
            var text = new StringBuilder(seed);
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                text.Insert(random.Next(text.Length), Noise[random.Next(Noise.Length)]);
            }

            var language = i % 3 == 0 ? "en" : "zh-Hans";
            var problem = Check(text.ToString(), language);
            Assert.True(problem is null, $"iteration {i}: {problem}");
        }
    }

    [Fact]
    public void Resolving_a_resolved_document_again_changes_nothing()
    {
        var diagnostics = new DiagnosticBag();
        var parsed = ResolutionParser.Parse(new SourceText("seed.md", Sources.SeedText), Sources.SeedMetadata, diagnostics);
        var once = new ReferenceResolver().Resolve(parsed, diagnostics);

        var twice = new ReferenceResolver().Resolve(once, diagnostics);

        Assert.Equal(once.References.AsEnumerable(), twice.References.AsEnumerable());
        Assert.Equal(ModelTree.Format(once), ModelTree.Format(twice));
    }

    private static string? Check(string text, string language)
    {
        var source = new SourceText("noise.md", text);
        var diagnostics = new DiagnosticBag();
        var metadata = Sources.SeedMetadata with { Language = language };
        var parsed = ResolutionParser.Parse(source, metadata, diagnostics);
        ResolutionDocument resolved;
        try
        {
            resolved = new ReferenceResolver().Resolve(parsed, diagnostics);
        }
        catch (Exception exception)
        {
            return exception.ToString();
        }

        if (!parsed.Units().Select(u => u.Text).SequenceEqual(resolved.Units().Select(u => u.Text)))
        {
            return "a unit's text changed";
        }

        foreach (var unit in resolved.Units())
        {
            foreach (var inline in ReferenceListing.Leaves(unit.Content))
            {
                if (inline.Span.Start < 0 || inline.Span.End > text.Length || inline.Span.Length < 0)
                {
                    return $"{unit.Id}: {inline} has a span outside the file";
                }

                if (inline is WebLink link && !link.Url.StartsWith("http://", StringComparison.Ordinal) && !link.Url.StartsWith("https://", StringComparison.Ordinal))
                {
                    return $"{unit.Id}: {link.Url} is not http(s)";
                }

                if (inline is SymbolLink { Text.Length: 0 })
                {
                    return $"{unit.Id}: an empty symbol link";
                }
            }
        }

        return resolved.References.All(r => r.Span.Start >= 0 && r.Span.End <= text.Length) ? null : "a reference span lies outside the file";
    }
}
