namespace SiteGen.Core.Rendering;

/// <summary>
/// The text a resolution adopts as templates read it (<c>doc.adopted_text</c>): its heading lines, the first one its
/// title, then its own preamble and paragraphs as units.
/// </summary>
internal sealed record AdoptedTextView : ITemplateView<AdoptedTextView>
{
    public required string[] Headings { get; init; }

    public required UnitView[] Preamble { get; init; }

    public required UnitView[] Operative { get; init; }

    /// <summary>The operative paragraphs, each followed by its sub-paragraphs: every unit of <see cref="Operative"/> in reading order.</summary>
    public required UnitView[] OperativeUnits { get; init; }

    /// <summary>The preambular paragraphs' markup (<see cref="UnitMarkupWriter.Preamble"/>).</summary>
    public required UnitRunMarkup PreambleHtml { get; init; }

    /// <summary>The operative part's markup, its nesting included (<see cref="UnitMarkupWriter.Operative"/>).</summary>
    public required UnitRunMarkup OperativeHtml { get; init; }
}
