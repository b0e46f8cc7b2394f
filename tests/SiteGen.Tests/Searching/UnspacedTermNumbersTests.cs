using SiteGen.Core.Searching;

namespace SiteGen.Tests.Searching;

/// <summary>A thread's table of the numbers of characters and pairs of Han, kana and Hangul: what it keeps it finds, through its growth, and it keeps no number beyond 24 bits.</summary>
public sealed class UnspacedTermNumbersTests
{
    [Fact]
    public void Every_key_kept_is_found_with_its_number_and_no_other_key_is()
    {
        var table = new UnspacedTermNumbers();
        // Pairs of common ideographs, kana and Han beyond the BMP: far more than the table's first size.
        var keys = Enumerable.Range(0, 20_000)
            .Select(i => TermVocabulary.Key(i % 3 == 0 ? 0x4E00 + (i % 500) : i % 3 == 1 ? 0x3041 + (i % 80) : 0x20000 + (i % 300), i % 7 == 0 ? 0 : 0x4E00 + (i * 31 % 20_000)))
            .Distinct()
            .ToList();
        for (var number = 0; number < keys.Count; number++)
        {
            Assert.Equal(-1, table.Find(keys[number]));
            table.Add(keys[number], number * 800);
        }

        for (var number = 0; number < keys.Count; number++)
        {
            Assert.Equal(number * 800, table.Find(keys[number]));
        }

        Assert.Equal(-1, table.Find(TermVocabulary.Key(0x9FFF, 0x9FFE)));
        Assert.True(keys.Count > 10_000);
    }

    [Fact]
    public void A_number_beyond_24_bits_is_not_kept()
    {
        var table = new UnspacedTermNumbers();
        var key = TermVocabulary.Key(0x323AF, 0x323AF);
        table.Add(key, 1 << 24);
        Assert.Equal(-1, table.Find(key));
        table.Add(key, (1 << 24) - 1);
        Assert.Equal((1 << 24) - 1, table.Find(key));
    }
}
