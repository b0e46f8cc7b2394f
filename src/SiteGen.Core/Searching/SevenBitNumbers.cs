using System.Runtime.CompilerServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// Numbers in seven bits a byte, the lowest first, the eighth bit saying that more follow: how the index holds its
/// postings in memory (<see cref="PageTerms"/>, the gathered postings of <see cref="SearchIndexer"/>), most of them
/// a byte. The BCL writes and reads this encoding only through a stream, one call a byte, too slow for the millions
/// of postings an index holds.
/// </summary>
internal static class SevenBitNumbers
{
    /// <summary>The most bytes a number takes.</summary>
    public const int Longest = 5;

    /// <summary>Writes a number at <paramref name="at"/>, which it moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(Span<byte> bytes, ref int at, uint value)
    {
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
    }

    /// <summary>Reads the number at <paramref name="at"/>, which it moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Read(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint part = bytes[at++];
        return part < 0x80 ? part : ReadLonger(bytes, ref at, part);
    }

    /// <summary>How many bytes a number takes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Size(uint value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5;

    // The rest of a number whose first byte said more follow.
    private static uint ReadLonger(ReadOnlySpan<byte> bytes, ref int at, uint first)
    {
        var value = first & 0x7F;
        for (var shift = 7; ; shift += 7)
        {
            uint part = bytes[at++];
            value |= (part & 0x7F) << shift;
            if (part < 0x80)
            {
                return value;
            }
        }
    }
}
