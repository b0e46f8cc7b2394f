using System.Numerics;
using System.Runtime.CompilerServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// The numbers one thread has met for characters and pairs of Han, kana and Hangul, by their
/// <see cref="TermVocabulary.Key"/>: a table of keys and numbers found by the key's product with the golden ratio and
/// tried slot after slot, at most half full. Counting a Chinese page asks it once for every character, and the
/// general dictionary's look-up was the larger part of the index's processor time (bench/README.md); a key is never
/// 0 (its first character is at least U+1100), so 0 marks an empty slot. One thread only.
/// </summary>
internal sealed class UnspacedTermNumbers
{
    private const ulong GoldenRatio = 0x9E3779B97F4A7C15UL;

    private Slot[] _slots = new Slot[4096];

    // The slot of a key: the top bits of its product with the golden ratio.
    private int _shift = 64 - 12;

    private int _count;

    /// <summary>The number of a key, or -1 when this thread has not met it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(long key)
    {
        var mask = _slots.Length - 1;
        for (var at = (int)(((ulong)key * GoldenRatio) >> _shift); ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Key == key)
            {
                return slot.Number;
            }

            if (slot.Key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Keeps the number of a key <see cref="Find"/> did not find.</summary>
    public void Add(long key, int number)
    {
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        Place(_slots, _shift, key, number);
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var shift = 64 - BitOperations.Log2((uint)slots.Length);
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                Place(slots, shift, slot.Key, slot.Number);
            }
        }

        (_slots, _shift) = (slots, shift);
    }

    private static void Place(Slot[] slots, int shift, long key, int number)
    {
        var mask = slots.Length - 1;
        var at = (int)(((ulong)key * GoldenRatio) >> shift);
        while (slots[at].Key != 0)
        {
            at = (at + 1) & mask;
        }

        slots[at] = new Slot(key, number);
    }

    private readonly record struct Slot(long Key, int Number);
}
