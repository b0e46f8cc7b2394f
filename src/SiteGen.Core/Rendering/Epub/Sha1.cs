using System.Buffers.Binary;
using System.Numerics;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// SHA-1 (FIPS 180-4) of a short message, for name-based UUIDs (<see cref="EpubIdentifier"/>), which RFC 9562
/// defines with SHA-1. Not for anything that needs a secure hash. The platform's SHA-1 is OpenSSL on Linux, and
/// loading and initialising it took 7-8 ms of a build's start (its first use), as much as the rest of a
/// one-document rebuild's rendering; this takes microseconds. The tests hold it to the platform's SHA-1.
/// </summary>
internal static class Sha1
{
    public static byte[] Hash(ReadOnlySpan<byte> message)
    {
        // The message, a 1 bit, zeros, and its length in bits: a whole number of 64-byte blocks.
        var length = (message.Length + 8) / 64 * 64 + 64;
        Span<byte> padded = length <= 512 ? stackalloc byte[length] : new byte[length];
        padded.Clear();
        message.CopyTo(padded);
        padded[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded[^8..], (ulong)message.Length * 8);

        Span<uint> state = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
        Span<uint> words = stackalloc uint[80];
        for (var block = 0; block < length; block += 64)
        {
            for (var i = 0; i < 16; i++)
            {
                words[i] = BinaryPrimitives.ReadUInt32BigEndian(padded.Slice(block + (i * 4), 4));
            }

            for (var i = 16; i < 80; i++)
            {
                words[i] = BitOperations.RotateLeft(words[i - 3] ^ words[i - 8] ^ words[i - 14] ^ words[i - 16], 1);
            }

            uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
            for (var i = 0; i < 80; i++)
            {
                var (f, k) = i switch
                {
                    < 20 => ((b & c) | (~b & d), 0x5A827999u),
                    < 40 => (b ^ c ^ d, 0x6ED9EBA1u),
                    < 60 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDCu),
                    _ => (b ^ c ^ d, 0xCA62C1D6u),
                };
                var next = BitOperations.RotateLeft(a, 5) + f + e + k + words[i];
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = next;
            }

            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
        }

        var hash = new byte[20];
        for (var i = 0; i < 5; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(i * 4), state[i]);
        }

        return hash;
    }
}
