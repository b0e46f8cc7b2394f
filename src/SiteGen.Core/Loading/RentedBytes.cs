using System.Buffers;

namespace SiteGen.Core.Loading;

/// <summary>
/// A file's bytes in an array rented from the shared pool, until disposed: a build reads every source once, and
/// a fresh array for each would only be garbage a moment later.
/// </summary>
internal sealed class RentedBytes : IDisposable
{
    private byte[]? _array;

    private RentedBytes(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    private byte[] Array => _array ?? throw new ObjectDisposedException(nameof(RentedBytes));

    /// <summary>A read-only stream over the bytes, valid until this is disposed.</summary>
    public MemoryStream AsStream() => new(Array, 0, Length, writable: false);

    /// <summary>Reads the file as long as it was when opened (a file growing meanwhile is read to that length).</summary>
    public static RentedBytes Read(string path)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        if (length > System.Array.MaxLength)
        {
            throw new IOException($"{path} is too large to read");
        }

        var array = ArrayPool<byte>.Shared.Rent((int)length);
        var read = 0;
        int count;
        while (read < length && (count = RandomAccess.Read(file, array.AsSpan(read, (int)length - read), read)) > 0)
        {
            read += count;
        }

        return new RentedBytes(array, read);
    }

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
