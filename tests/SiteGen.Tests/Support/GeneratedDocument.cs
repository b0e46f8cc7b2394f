using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>English documents of a chosen size, written into a content folder as a user would add them.</summary>
public static class GeneratedDocument
{
    /// <summary>Writes <c>content/NAME/document.yml</c> and <c>en.md</c>: a draft with a title and numbered operative paragraphs.</summary>
    public static string Write(string content, string symbol, string title, int paragraphs)
    {
        var folder = Path.Combine(content, symbol.Replace('/', '-'));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "document.yml"), $"""
            symbol: {symbol}
            body: General Assembly
            distribution: limited
            originalLanguage: en
            date: 2024-11-20
            versions:
              - language: en
                source: en.md

            """);
        var text = new StringBuilder("Seventy-ninth session\n\nAgenda item 71\n\n")
            .Append("Albania and Japan: draft resolution\n\n")
            .Append(title).Append("\n\nThe General Assembly,\n\n");
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append(i).Append(". *Decides* that paragraph ").Append(i).Append(" is in force;\n\n");
        }

        var source = Path.Combine(folder, "en.md");
        File.WriteAllText(source, text.ToString());
        return source;
    }
}
