namespace SiteGen.Core.Searching;

/// <summary>
/// The documents that hold one term and how often, in the order they were merged (rising keys), each as its distance
/// from the one before and its count in the BCL's 7-bit encoding: two bytes for most postings rather than eight,
/// since an index holds millions of them.
/// </summary>
internal sealed class PostingList
{
    private readonly MemoryStream _bytes = new();
    private readonly BinaryWriter _writer;
    private int _lastKey;

    public PostingList()
    {
        _writer = new BinaryWriter(_bytes);
    }

    public void Add(int key, int count)
    {
        _writer.Write7BitEncodedInt(key - _lastKey);
        _writer.Write7BitEncodedInt(count);
        _lastKey = key;
    }

    /// <summary>Each posting as its document's key and its count.</summary>
    public IEnumerable<(int Key, int Count)> Postings()
    {
        using var reader = new BinaryReader(new MemoryStream(_bytes.GetBuffer(), 0, (int)_bytes.Length, writable: false));
        var key = 0;
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            key += reader.Read7BitEncodedInt();
            yield return (key, reader.Read7BitEncodedInt());
        }
    }
}
