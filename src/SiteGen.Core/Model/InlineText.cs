using System.Text;

namespace SiteGen.Core.Model;

/// <summary>Flattens inline content to the unit's plain text: no labels, no footnote markers, no syntax.</summary>
public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    builder.Append(run.Text);
                    break;
                case Strong strong:
                    Append(builder, strong.Children);
                    break;
                case Emphasis emphasis:
                    Append(builder, emphasis.Children);
                    break;
                case SymbolLink link:
                    builder.Append(link.Text);
                    break;
                case WebLink link:
                    builder.Append(link.Text);
                    break;
                case NoteRef:
                    break;
                default:
                    throw new InvalidOperationException($"unknown inline {inline.GetType().Name}");
            }
        }
    }
}
