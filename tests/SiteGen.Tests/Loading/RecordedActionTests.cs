using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Loading;

/// <summary>The metadata file's date of issue and what became of a document: read when right, an error at its place when not.</summary>
public sealed class RecordedActionTests
{
    [Fact]
    public void The_date_of_issue_and_the_action_on_a_draft_are_read_from_the_metadata_file()
    {
        using var content = new TempContent();
        var metadata = Path.Combine(content.Content, "A-C.3-79-L.34", "document.yml");
        File.AppendAllText(metadata, "issued: 2024-10-31\nmeeting: 54\nadoptedAs: A/RES/79/178\n");
        var diagnostics = new DiagnosticBag();

        var source = Assert.Single(ContentLoader.Load(content.Content, diagnostics));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new DateOnly(2024, 10, 31), source.Metadata.Issued);
        Assert.Equal(new RecordedAction(new DateOnly(2024, 11, 20), 54, AdoptionMethod.WithoutVote, null, "A/RES/79/178"), source.Metadata.Action);
    }

    [Theory]
    [InlineData("vote: by acclamation maybe", "'vote' must be")]
    [InlineData("meeting: fifty-fourth", "'meeting' must be the meeting's number")]
    [InlineData("adoptedAs: ../../etc", "'adoptedAs' must be the symbol of the resolution")]
    [InlineData("issued: 31 October 2024", "'issued' must be a date written as YYYY-MM-DD")]
    public void A_bad_value_is_an_error_at_its_line_and_column(string line, string message)
    {
        using var content = new TempContent();
        var metadata = Path.Combine(content.Content, "A-C.3-79-L.34", "document.yml");
        var key = line[..(line.IndexOf(':', StringComparison.Ordinal) + 1)];
        File.WriteAllLines(metadata, [.. File.ReadAllLines(metadata).Where(l => !l.StartsWith(key, StringComparison.Ordinal)), line]);
        var diagnostics = new DiagnosticBag();

        ContentLoader.Load(content.Content, diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG1004", File.ReadAllLines(metadata).Length, line.IndexOf(':', StringComparison.Ordinal) + 3), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("document.yml", diagnostic.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("without a vote", AdoptionMethod.WithoutVote, null)]
    [InlineData("Unanimously", AdoptionMethod.Unanimously, null)]
    [InlineData("13-0-2", AdoptionMethod.Vote, "13-0-2")]
    [InlineData("recorded 120-5", AdoptionMethod.RecordedVote, "120-5-")]
    [InlineData("recorded vote 120-5-50", AdoptionMethod.RecordedVote, "120-5-50")]
    public void Every_form_of_vote_is_recognised(string text, AdoptionMethod method, string? votes)
    {
        Assert.True(VoteRecognizer.TryRecognize(text, out var recognised, out var counts));

        Assert.Equal(method, recognised);
        Assert.Equal(votes, counts is { } v ? $"{v.InFavour}-{v.Against}-{v.Abstentions}" : null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("120 to 5")]
    [InlineData("recorded")]
    [InlineData("1200-5-1")]
    public void Anything_else_is_not_a_vote(string text) =>
        Assert.False(VoteRecognizer.TryRecognize(text, out _, out _));
}
