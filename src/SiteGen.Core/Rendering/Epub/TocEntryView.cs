namespace SiteGen.Core.Rendering.Epub;

/// <summary>An operative paragraph's entry in the e-book's table of contents (<c>book.toc</c>); see <see cref="EpubBookModel"/>.</summary>
internal sealed record TocEntryView : ITemplateView<TocEntryView>
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required string Text { get; init; }
}
