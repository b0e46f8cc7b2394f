using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>
/// The parallel view sets the text a resolution annexes beside its other language version under its own heading,
/// unit by unit (<c>Cases/genre/en-ga-annex</c> and <c>fr-ga-annex</c>, written in the layout of resolution 73/195),
/// whether the column is made from the model or read back from the model export, as an incremental build does.
/// </summary>
public sealed class ParallelAdoptedTextTests
{
    private static ResolutionDocument Model(string name, string language)
    {
        var text = File.ReadAllText(Path.Combine(Golden.CasesDirectory, "genre", name, "input.md"));
        var metadata = new DocumentMetadata("A/RES/73/195", language, IssuingBody.GeneralAssembly, "general", "en", new DateOnly(2018, 12, 19));
        var document = Sources.Model(text, metadata, out var diagnostics, $"tests/SiteGen.Tests/Cases/genre/{name}/input.md");
        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return document;
    }

    private static readonly string[] AnnexUnits = ["decl-pp1", "decl-op1", "decl-op2", "decl-op2-a", "decl-op2-b", "decl-op3"];

    [Fact]
    public void The_annexed_text_is_a_part_of_its_own_under_its_heading()
    {
        var column = ParallelColumn.From(Model("en-ga-annex", "en"));

        Assert.Equal("Annex", column.AdoptedTextHeading);
        Assert.Equal(AnnexUnits, column.Units.Where(unit => unit.Part == ParallelPart.AdoptedText).Select(unit => unit.Id));
        Assert.DoesNotContain(column.Units, unit => unit.Part != ParallelPart.AdoptedText && unit.Id.StartsWith("decl-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_column_read_back_from_the_model_export_is_the_column_made_from_the_model()
    {
        var document = Model("fr-ga-annex", "fr");
        var path = Path.Combine(RepositoryPaths.Artifacts("parallel-adopted-text"), "model.json");
        using (var file = File.Create(path))
        {
            ModelJsonWriter.Write(document, [], file);
        }

        var made = ParallelColumn.From(document);
        var read = ParallelColumn.Read(path);

        Assert.NotNull(read);
        Assert.Equal(made.AdoptedTextHeading, read.AdoptedTextHeading);
        Assert.Equal(made.Units, read.Units);
    }

    [Fact]
    public void The_english_and_french_annexes_are_aligned_unit_by_unit()
    {
        // The French case is the shorter text: the units it lacks are rows with nothing beside them.
        var rows = ParallelAlignment.Align(ParallelColumn.From(Model("en-ga-annex", "en")).Units, ParallelColumn.From(Model("fr-ga-annex", "fr")).Units);
        var annex = rows.Where(row => row.Part == ParallelPart.AdoptedText).ToList();

        Assert.Equal(AnnexUnits, annex.Select(row => row.Id));
        Assert.All(annex, row => Assert.NotNull(row.Left));
        Assert.Equal(["decl-pp1", "decl-op1", "decl-op2"], annex.Where(row => row.Right is not null).Select(row => row.Id));
        Assert.StartsWith("Le présent Pacte mondial", annex.Single(row => row.Id == "decl-op1").Right!.Text, StringComparison.Ordinal);
    }
}
