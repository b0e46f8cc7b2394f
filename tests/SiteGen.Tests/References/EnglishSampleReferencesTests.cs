using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.References;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.References;

/// <summary>The English sample of the parsing cases, parsed and resolved: English works end to end.</summary>
public sealed class EnglishSampleReferencesTests
{
    [Fact]
    public void The_English_sample_resolves_its_resolutions_symbols_and_ibid_note()
    {
        var path = Path.Combine(Golden.CasesDirectory, "parsing", "en-seed-translation", "input.md");
        var diagnostics = new DiagnosticBag();
        var metadata = new DocumentMetadata("A/C.3/79/L.34", "en", IssuingBody.GeneralAssembly, "limited", "en", null);
        var parsed = ResolutionParser.Parse(new SourceText("input.md", File.ReadAllText(path)), metadata, diagnostics);

        var document = new ReferenceResolver().Resolve(parsed, diagnostics);

        Assert.Equal(
            [
                "pp2 78/218 → A/RES/78/218", "pp2 55/21 → A/HRC/RES/55/21",
                "fn1 A/79/53 → A/79/53", "fn2 Ibid. → A/79/53", "fn3 A/HRC/55/63 → A/HRC/55/63",
            ],
            ReferenceListing.Of(document));
        Assert.Equal(1, document.Footnotes[1].Repeats);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code.StartsWith("SG3", StringComparison.Ordinal));
        Assert.All(document.References.Take(3), r => Assert.Equal(r.Text, document.Source.Slice(r.Span)));
    }
}
