namespace SiteGen.Core.Publishing;

/// <summary>How a generation was put on disk before its switch: by a flush of the whole file system, or file by file.</summary>
/// <param name="FileSystem">Whether the whole file system was flushed.</param>
/// <param name="Files">How many files were flushed one by one.</param>
internal sealed record GenerationFlushed(bool FileSystem, int Files)
{
    /// <summary>This flush and another of the same generation, as one.</summary>
    public GenerationFlushed And(GenerationFlushed other) => new(FileSystem || other.FileSystem, Files + other.Files);
}
