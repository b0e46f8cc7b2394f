using System.Text.Json;
using Json.Schema;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The JSON model export read back: it follows its published schema (<c>docs/model.schema.json</c>) for the seed and
/// every genre case, and carries what the metadata file adds to the text (date of issue, what became of a draft).
/// </summary>
public sealed class ModelExportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "model.schema.json"))));

    public static TheoryData<string> GenreCases => [.. GoldenCase.All.Where(c => c.Area == "genre").Select(c => c.Name)];

    [Fact]
    public void The_seed_export_follows_the_schema_and_says_what_became_of_the_draft()
    {
        var document = Sources.Seed(out var diagnostics);
        using var json = ModelExport.Of(document, diagnostics.Items);
        var metadata = json.RootElement.GetProperty("metadata");

        AssertValid(json);
        Assert.Equal("generalAssembly", metadata.GetProperty("body").GetString());
        Assert.Equal("limited", metadata.GetProperty("distribution").GetString());
        Assert.Equal("en", metadata.GetProperty("originalLanguage").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("issued").ValueKind);
        Assert.Equal("2024-11-20", metadata.GetProperty("adopted").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("meeting").ValueKind);
        Assert.Equal("withoutVote", metadata.GetProperty("vote").GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("adoptedAs").ValueKind);
        Assert.Equal("2024-11-20", metadata.GetProperty("editionDate").GetString());
    }

    [Fact]
    public void Every_metadata_field_a_draft_can_have_is_exported()
    {
        var seed = Sources.Seed(out var diagnostics);
        var document = seed with
        {
            Metadata = seed.Metadata with
            {
                Issued = new DateOnly(2024, 10, 31),
                Action = new RecordedAction(new DateOnly(2024, 12, 17), 54, AdoptionMethod.RecordedVote, new VoteCount(110, 9, 44), "A/RES/79/178"),
            },
        };
        using var json = ModelExport.Of(document, diagnostics.Items);
        var metadata = json.RootElement.GetProperty("metadata");
        var vote = metadata.GetProperty("vote");

        AssertValid(json);
        Assert.Equal("2024-10-31", metadata.GetProperty("issued").GetString());
        Assert.Equal("2024-12-17", metadata.GetProperty("adopted").GetString());
        Assert.Equal(54, metadata.GetProperty("meeting").GetInt32());
        Assert.Equal("recordedVote", vote.GetProperty("method").GetString());
        Assert.Equal((110, 9, 44), (vote.GetProperty("inFavour").GetInt32(), vote.GetProperty("against").GetInt32(), vote.GetProperty("abstentions").GetInt32()));
        Assert.Equal("A/RES/79/178", metadata.GetProperty("adoptedAs").GetString());
    }

    [Theory]
    [MemberData(nameof(GenreCases))]
    public void Each_genre_case_exports_a_model_that_follows_the_schema(string name)
    {
        var language = name.StartsWith("zh-", StringComparison.Ordinal) ? "zh-Hans" : name[..2];
        var text = GoldenCase.Named("genre/" + name).Text;
        var document = Sources.Model(text, DocumentMetadata.ForLooseFile(language), out var diagnostics);
        using var json = ModelExport.Of(document, diagnostics.Items);

        AssertValid(json);
        // A file read without its metadata file: the text's own adoption block only, nothing recorded beside it.
        Assert.Equal(document.Adoption is null, json.RootElement.GetProperty("adoption").ValueKind == JsonValueKind.Null);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("metadata").GetProperty("vote").ValueKind);
    }

    [Fact]
    public void The_schema_refuses_an_export_without_its_metadata()
    {
        var document = Sources.Seed(out var diagnostics);
        using var json = ModelExport.Of(document, diagnostics.Items);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json.RootElement.GetRawText())!.AsObject();
        node.Remove("metadata");

        using var broken = JsonDocument.Parse(node.ToJsonString());
        Assert.False(Schema.Value.Evaluate(broken.RootElement).IsValid);
    }

    private static void AssertValid(JsonDocument json)
    {
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
