using System.Buffers;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>One file of an EPUB container: its path inside the zip (forward slashes, no leading slash) and its bytes.</summary>
internal sealed record EpubEntry(string Path, ReadOnlySequence<byte> Content)
{
    public EpubEntry(string path, byte[] content)
        : this(path, new ReadOnlySequence<byte>(content))
    {
    }
}
