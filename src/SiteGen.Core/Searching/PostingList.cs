namespace SiteGen.Core.Searching;

/// <summary>
/// The documents that hold one term and how often, in the order they were merged (rising keys), each as its distance
/// from the one before and its count in the 7-bit encoding <see cref="BinaryReader.Read7BitEncodedInt"/> reads: two
/// bytes for most postings rather than eight, since an index holds millions of them.
/// </summary>
internal sealed class PostingList
{
    private byte[] _bytes = new byte[8];
    private int _length;
    private int _lastKey;

    public void Add(int key, int count)
    {
        Write(key - _lastKey);
        Write(count);
        _lastKey = key;
    }

    /// <summary>Each posting as its document's key and its count.</summary>
    public IEnumerable<(int Key, int Count)> Postings()
    {
        using var reader = new BinaryReader(new MemoryStream(_bytes, 0, _length, writable: false));
        var key = 0;
        while (reader.BaseStream.Position < _length)
        {
            key += reader.Read7BitEncodedInt();
            yield return (key, reader.Read7BitEncodedInt());
        }
    }

    // Seven bits a byte, low bits first, the high bit set on every byte but the last.
    private void Write(int value)
    {
        if (_bytes.Length - _length < 5)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var rest = (uint)value;
        while (rest >= 0x80)
        {
            _bytes[_length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        _bytes[_length++] = (byte)rest;
    }
}
