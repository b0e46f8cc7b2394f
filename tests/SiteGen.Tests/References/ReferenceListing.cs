using SiteGen.Core.Model;

namespace SiteGen.Tests.References;

/// <summary>Short readable forms of a resolved document's references and links, for assertions.</summary>
internal static class ReferenceListing
{
    /// <summary>Each reference as <c>unit text → symbol</c>, in order.</summary>
    public static string[] Of(ResolutionDocument document) =>
        [.. document.References.Select(r => $"{r.In} {r.Text} → {r.Symbol}")];

    /// <summary>The inlines of a unit's content, flattened out of bold and emphasis.</summary>
    public static IEnumerable<Inline> Leaves(IEnumerable<Inline> content) => content.SelectMany(inline => inline switch
    {
        Strong strong => Leaves(strong.Children),
        Emphasis emphasis => Leaves(emphasis.Children),
        _ => [inline],
    });
}
