using SiteGen.Core.Searching;

namespace SiteGen.Tests.Searching;

/// <summary>A term's postings come back as they were added, whatever the size of the keys and counts.</summary>
public sealed class PostingListTests
{
    [Fact]
    public void The_postings_come_back_as_they_were_added()
    {
        (int Key, int Count)[] added = [(0, 1), (1, 127), (2, 128), (300, 16384), (70000, 1), (int.MaxValue - 1, int.MaxValue)];
        var list = new PostingList();
        foreach (var (key, count) in added)
        {
            list.Add(key, count);
        }

        Assert.Equal(added, list.Postings());
    }

    [Fact]
    public void An_empty_list_has_no_postings() => Assert.Empty(new PostingList().Postings());
}
