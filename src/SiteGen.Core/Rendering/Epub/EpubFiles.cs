using Microsoft.IO;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// The files of one book as they are made, each in its own pooled buffer (<see cref="OutputBuffers"/>) until the
/// book is zipped; disposing gives the buffers back.
/// </summary>
internal sealed class EpubFiles : IDisposable
{
    private readonly List<(string Path, RecyclableMemoryStream Content)> _rendered = [];
    private readonly List<EpubEntry> _copied = [];

    public int Count => _rendered.Count + _copied.Count;

    /// <summary>The files, in the order they were added: rendered ones first.</summary>
    public IEnumerable<EpubEntry> Entries =>
        _rendered.Select(file => new EpubEntry(file.Path, file.Content.GetReadOnlySequence())).Concat(_copied);

    /// <summary>A new, empty file to write into.</summary>
    public RecyclableMemoryStream Add(string path)
    {
        var buffer = OutputBuffers.Rent("epub-file");
        _rendered.Add((path, buffer));
        return buffer;
    }

    /// <summary>A file whose bytes are already made (a style sheet copied as it is).</summary>
    public void Add(string path, byte[] content) => _copied.Add(new EpubEntry(path, content));

    public void Dispose()
    {
        foreach (var (_, content) in _rendered)
        {
            content.Dispose();
        }

        _rendered.Clear();
    }
}
