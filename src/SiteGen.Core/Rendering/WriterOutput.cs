using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A template's output going straight to a writer (a file, as the page is rendered). Unlike Scriban's own
/// writer output, it does not turn the written text back into a string at the end of the render.
/// </summary>
internal sealed class WriterOutput(TextWriter writer) : IScriptOutput
{
    public TextWriter Writer => writer;

    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
        new(writer.WriteAsync(text.AsMemory(offset, count), cancellationToken));

    public override string ToString() => "";
}
