using System.Numerics;
using System.Runtime.CompilerServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// The numbers one thread has met for characters and pairs of Han, kana and Hangul, by their
/// <see cref="TermVocabulary.Key"/>: a table of slots found by the key's product with the golden ratio and tried slot
/// after slot, at most three quarters full, each slot the key and its number in one 64-bit value (a key takes 39 bits,
/// its first character being below 2^18; a number 24). Counting a Chinese page asks it once for every character, and
/// the general dictionary's look-up, a wait on memory for most characters, was the larger part of the index's
/// processor time (bench/README.md): a table half the size stays in the core's cache. A key is never 0 (its first
/// character is at least U+1100), so 0 is an empty slot. A number beyond 24 bits is not kept, and the thread asks
/// the vocabulary for that term each time. One thread only.
/// </summary>
internal sealed class UnspacedTermNumbers
{
    private const ulong GoldenRatio = 0x9E3779B97F4A7C15UL;

    private const int NumberBits = 24;

    private const ulong NumberMask = (1UL << NumberBits) - 1;

    private ulong[] _slots = new ulong[4096];

    // The slot of a key: the top bits of its product with the golden ratio.
    private int _shift = 64 - 12;

    private int _count;

    /// <summary>The number of a key, or -1 when this thread does not keep it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(long key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = (int)(((ulong)key * GoldenRatio) >> _shift); ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot >> NumberBits == (ulong)key)
            {
                return (int)(slot & NumberMask);
            }

            if (slot == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Keeps the number of a key <see cref="Find"/> did not find (not a number beyond 24 bits).</summary>
    public void Add(long key, int number)
    {
        if ((ulong)number > NumberMask)
        {
            return;
        }

        if (++_count * 4 > _slots.Length * 3)
        {
            Grow();
        }

        Place(_slots, _shift, ((ulong)key << NumberBits) | (uint)number);
    }

    private void Grow()
    {
        var slots = new ulong[_slots.Length * 2];
        var shift = 64 - BitOperations.Log2((uint)slots.Length);
        foreach (var slot in _slots)
        {
            if (slot != 0)
            {
                Place(slots, shift, slot);
            }
        }

        (_slots, _shift) = (slots, shift);
    }

    private static void Place(ulong[] slots, int shift, ulong slot)
    {
        var mask = slots.Length - 1;
        var at = (int)(((slot >> NumberBits) * GoldenRatio) >> shift);
        while (slots[at] != 0)
        {
            at = (at + 1) & mask;
        }

        slots[at] = slot;
    }
}
