using SiteGen.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SiteGen.Tests.Importing;

/// <summary>
/// Makes a PDF for a test with PdfPig's writer, in DejaVu Serif (Debian's fonts-dejavu-core and -extra, which
/// tests/run installs; PdfPig's built-in Times has no accented letters): lines of text placed at given points, with <c>*italic*</c>, <c>**bold**</c> and <c>^12</c> (a raised, smaller note marker) inside a line.
/// </summary>
internal sealed class MadePdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _roman;
    private readonly PdfDocumentBuilder.AddedFont _italic;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;

    public MadePdf()
    {
        _roman = _builder.AddTrueTypeFont(Font("DejaVuSerif.ttf"));
        _italic = _builder.AddTrueTypeFont(Font("DejaVuSerif-Italic.ttf"));
        _bold = _builder.AddTrueTypeFont(Font("DejaVuSerif-Bold.ttf"));
    }

    private static byte[] Font(string name) =>
        File.ReadAllBytes(ExternalTool.Require(Path.Combine("/usr/share/fonts/truetype/dejavu", name), "install the Debian packages fonts-dejavu-core and fonts-dejavu-extra"));

    public MadePdf Page()
    {
        _page = _builder.AddPage(PageSize.Letter);
        return this;
    }

    /// <summary>A line starting at (<paramref name="x"/>, <paramref name="y"/>), in points from the bottom left.</summary>
    public MadePdf Line(double x, double y, double size, string markup)
    {
        var page = _page ?? throw new InvalidOperationException("add a page first");
        var font = _roman;
        foreach (var part in Parts(markup))
        {
            if (part == "*")
            {
                font = font == _italic ? _roman : _italic;
                continue;
            }

            if (part == "**")
            {
                font = font == _bold ? _roman : _bold;
                continue;
            }

            var raised = part.StartsWith('^');
            var text = raised ? part[1..] : part;
            var partSize = raised ? size * 0.6 : size;
            var at = new PdfPoint(x, raised ? y + size * 0.35 : y);
            var letters = page.AddText(text, partSize, at, raised ? _roman : font);
            x = letters.Count > 0 ? letters[^1].EndBaseLine.X : x;
        }

        return this;
    }

    /// <summary>A line drawn as it is written, asterisks included (a bar code's <c>*2412345*</c>).</summary>
    public MadePdf Plain(double x, double y, double size, string text)
    {
        var page = _page ?? throw new InvalidOperationException("add a page first");
        page.AddText(text, size, new PdfPoint(x, y), _roman);
        return this;
    }

    /// <summary>
    /// A justified line from <paramref name="x"/> to <paramref name="right"/>: each word placed on its own, the
    /// spaces widened to fill the line, as word processors set the UN's text (no space characters are drawn).
    /// </summary>
    public MadePdf Justified(double x, double y, double size, string markup, double right = 488.5)
    {
        var page = _page ?? throw new InvalidOperationException("add a page first");
        var words = new List<(string Text, PdfDocumentBuilder.AddedFont Font, double Size, double Rise, bool SpaceBefore, double Width)>();
        var font = _roman;
        var spaceBefore = false;
        foreach (var part in Parts(markup))
        {
            if (part is "*" or "**")
            {
                var face = part == "*" ? _italic : _bold;
                font = font == face ? _roman : face;
                continue;
            }

            if (part.StartsWith('^'))
            {
                words.Add((part[1..], _roman, size * 0.6, size * 0.35, false, Width(page, part[1..], size * 0.6, _roman)));
                continue;
            }

            var pieces = part.Split(' ');
            for (var i = 0; i < pieces.Length; i++)
            {
                spaceBefore |= i > 0;
                if (pieces[i].Length == 0)
                {
                    continue;
                }

                words.Add((pieces[i], font, size, 0, spaceBefore && words.Count > 0, Width(page, pieces[i], size, font)));
                spaceBefore = false;
            }

            spaceBefore = part.EndsWith(' ');
        }

        var gaps = words.Count(w => w.SpaceBefore);
        var space = gaps == 0 ? 0 : (right - x - words.Sum(w => w.Width)) / gaps;
        if (gaps > 0 && space < 0.25 * size)
        {
            throw new InvalidOperationException($"the line is too long to justify: {markup}");
        }

        foreach (var word in words)
        {
            x += word.SpaceBefore ? space : 0;
            page.AddText(word.Text, word.Size, new PdfPoint(x, y + word.Rise), word.Font);
            x += word.Width;
        }

        return this;
    }

    private static double Width(PdfPageBuilder page, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>A page with a drawn rectangle and no text at all, as a scan without text recognition is.</summary>
    public MadePdf Drawing()
    {
        var page = _page ?? throw new InvalidOperationException("add a page first");
        page.DrawRectangle(new PdfPoint(72, 72), 400, 600);
        return this;
    }

    public byte[] Build() => _builder.Build();

    /// <summary>Splits markup into text, <c>*</c>, <c>**</c> and <c>^digits</c> parts.</summary>
    private static IEnumerable<string> Parts(string markup)
    {
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '*')
            {
                var bold = i + 1 < markup.Length && markup[i + 1] == '*';
                yield return bold ? "**" : "*";
                i += bold ? 2 : 1;
            }
            else if (markup[i] == '^')
            {
                var end = i + 1;
                while (end < markup.Length && char.IsLetterOrDigit(markup[end]))
                {
                    end++;
                }

                yield return markup[i..end];
                i = end;
            }
            else
            {
                var end = markup.IndexOfAny(['*', '^'], i);
                end = end < 0 ? markup.Length : end;
                yield return markup[i..end];
                i = end;
            }
        }
    }
}
