using System.Buffers;
using System.Text;

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

    /// <summary>
    /// A text file's contents, decoded as <see cref="File.ReadAllText(string)"/> decodes them (UTF-8 unless a byte
    /// order mark says otherwise) but without a stream and a reader: their buffers were most of what reading a
    /// document's metadata file allocated.
    /// </summary>
    public static string ReadText(string path)
    {
        using var bytes = Read(path);
        var span = bytes.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 or UTF-32, which only a byte order mark tells.
            using var reader = new StreamReader(bytes.AsStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(span);
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
