using System.Text.Json;
using SiteGen.Core.Model;

namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// What the parallel view needs of one language version: its title and its units in reading order, without
/// markup. Kept per version of a document that has several, instead of its model; made from the model when the
/// document is built, or read back from its model export (DESIGN.md, "Model export") when the last build's page is
/// kept. Both ways give the same column, so an incremental build writes the same parallel pages as a clean one.
/// <paramref name="AdoptedTextHeading"/> is the first heading of the text the resolution adopts or annexes, if any.
/// </summary>
internal sealed record ParallelColumn(string Title, IReadOnlyList<ParallelUnit> Units, string AdoptedTextHeading = "")
{
    public static ParallelColumn From(ResolutionDocument document)
    {
        var units = new List<ParallelUnit>();
        foreach (var paragraph in document.Preamble)
        {
            units.Add(new ParallelUnit(paragraph.Id.ToString(), ParallelPart.Preamble, 0, "", paragraph.Text));
        }

        AddOperative(units, document.Operative, ParallelPart.Operative);
        var adoptedHeading = "";
        if (document.AdoptedText is { } adopted)
        {
            adoptedHeading = adopted.Headings.FirstOrDefault() ?? "";
            var part = AdoptedTextPart(adoptedHeading);
            foreach (var paragraph in adopted.Preamble)
            {
                units.Add(new ParallelUnit(paragraph.Id.ToString(), part, 0, "", paragraph.Text));
            }

            AddOperative(units, adopted.Operative, part);
        }

        foreach (var note in document.Footnotes)
        {
            units.Add(new ParallelUnit(note.Id.ToString(), ParallelPart.Notes, 0, NoteLabel(note.IsStarNote ? null : note.Number), note.Text));
        }

        return new ParallelColumn(document.Title, units, adoptedHeading);
    }

    private static void AddOperative(List<ParallelUnit> units, IEnumerable<OperativeParagraph> operative, ParallelPart part)
    {
        foreach (var paragraph in operative)
        {
            units.Add(new ParallelUnit(paragraph.Id.ToString(), part, 0, paragraph.Label, paragraph.Text));
            foreach (var sub in paragraph.Children)
            {
                units.Add(new ParallelUnit(sub.Id.ToString(), part, 1, sub.Label, sub.Text));
                foreach (var item in sub.Children)
                {
                    units.Add(new ParallelUnit(item.Id.ToString(), part, 2, item.Label, item.Text));
                }
            }
        }
    }

    /// <summary>Reads the column from a model export; null when the file is missing or not a model export.</summary>
    public static ParallelColumn? Read(string modelPath)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(modelPath));
            var root = json.RootElement;
            var units = new List<ParallelUnit>();
            foreach (var paragraph in root.GetProperty("preamble").EnumerateArray())
            {
                units.Add(new ParallelUnit(paragraph.GetProperty("id").GetString()!, ParallelPart.Preamble, 0, "", paragraph.GetProperty("text").GetString()!));
            }

            foreach (var paragraph in root.GetProperty("operative").EnumerateArray())
            {
                AddNested(units, paragraph, 0, ParallelPart.Operative);
            }

            var adoptedHeading = "";
            if (root.TryGetProperty("adoptedText", out var adopted))
            {
                adoptedHeading = adopted.GetProperty("headings").EnumerateArray().Select(heading => heading.GetString()!).FirstOrDefault() ?? "";
                var part = AdoptedTextPart(adoptedHeading);
                foreach (var paragraph in adopted.GetProperty("preamble").EnumerateArray())
                {
                    units.Add(new ParallelUnit(paragraph.GetProperty("id").GetString()!, part, 0, "", paragraph.GetProperty("text").GetString()!));
                }

                foreach (var paragraph in adopted.GetProperty("operative").EnumerateArray())
                {
                    AddNested(units, paragraph, 0, part);
                }
            }

            foreach (var note in root.GetProperty("footnotes").EnumerateArray())
            {
                int? number = note.TryGetProperty("number", out var value) ? value.GetInt32() : null;
                units.Add(new ParallelUnit(note.GetProperty("id").GetString()!, ParallelPart.Notes, 0, NoteLabel(number), note.GetProperty("text").GetString()!));
            }

            return new ParallelColumn(root.GetProperty("title").GetString()!, units, adoptedHeading);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void AddNested(List<ParallelUnit> units, JsonElement unit, int depth, ParallelPart part)
    {
        units.Add(new ParallelUnit(unit.GetProperty("id").GetString()!, part, depth, unit.GetProperty("label").GetString()!, unit.GetProperty("text").GetString()!));
        foreach (var child in unit.GetProperty("children").EnumerateArray())
        {
            AddNested(units, child, depth + 1, part);
        }
    }

    // The adopted text stands under its own heading, like the page; a text without one reads on in the operative part.
    private static ParallelPart AdoptedTextPart(string heading) => heading.Length > 0 ? ParallelPart.AdoptedText : ParallelPart.Operative;

    // A note shows its number; an asterisk note its asterisk.
    private static string NoteLabel(int? number) => number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*";
}
