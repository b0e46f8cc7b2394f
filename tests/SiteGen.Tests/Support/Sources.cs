using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;

namespace SiteGen.Tests.Support;

/// <summary>Builds models from text the way the commands do, for tests.</summary>
public static class Sources
{
    /// <summary>The seed's metadata, as <c>content/A-C.3-79-L.34/document.yml</c> gives it.</summary>
    public static DocumentMetadata SeedMetadata { get; } =
        new("A/C.3/79/L.34", "zh-Hans", IssuingBody.GeneralAssembly, "limited", "en", new DateOnly(2024, 11, 20))
        {
            Action = new RecordedAction(new DateOnly(2024, 11, 20), null, AdoptionMethod.WithoutVote, null, ""),
        };

    public static string SeedText => File.ReadAllText(RepositoryPaths.Seed);

    /// <summary>Parses only (no reference resolution): the parser's own output.</summary>
    public static ResolutionDocument Parse(string text, out DiagnosticBag diagnostics, string? language = null, string path = "input.md")
    {
        diagnostics = new DiagnosticBag();
        var metadata = DocumentMetadata.ForLooseFile(language ?? LanguageConventions.DetectLanguage(text));
        return ResolutionParser.Parse(new SourceText(path, text), metadata, diagnostics);
    }

    /// <summary>Parses and resolves references: the whole model stage.</summary>
    public static ResolutionDocument Model(string text, DocumentMetadata metadata, out DiagnosticBag diagnostics, string path = "input.md")
    {
        diagnostics = new DiagnosticBag();
        return DocumentModeller.Model(new SourceText(path, text), metadata, diagnostics);
    }

    public static ResolutionDocument Seed(out DiagnosticBag diagnostics) =>
        Model(SeedText, SeedMetadata, out diagnostics, "seeds/000_7be3694dd3d710bf.txt");
}
