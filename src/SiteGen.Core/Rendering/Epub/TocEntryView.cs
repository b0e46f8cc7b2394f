namespace SiteGen.Core.Rendering.Epub;

/// <summary>An operative paragraph's entry in the e-book's table of contents (<c>book.toc</c>); see <see cref="EpubBookModel"/>.</summary>
internal sealed class TocEntryView : ScriptView
{
    private static readonly string[] Names = ["id", "label", "text"];

    public required string Id { get; init; }

    public required string Label { get; init; }

    public required string Text { get; init; }

    protected override IReadOnlyList<string> Members => Names;

    protected override object? Get(string member) => member switch
    {
        "id" => Id,
        "label" => Label,
        "text" => Text,
        _ => NoMember,
    };
}
