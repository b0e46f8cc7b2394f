using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class OutlineWriterTests
{
    [Fact]
    public void The_file_gets_everything_and_the_outline_a_stand_in_for_each_units_markup()
    {
        using var file = new StringWriter();
        using var outline = new StringWriter();
        using var writer = new OutlineWriter(file, outline);

        writer.Write("<p>");
        writer.MarkupStarts();
        writer.Write("text <a href=\"#fn1\">1</a>".AsSpan());
        writer.Write('.');
        writer.MarkupEnds();
        writer.Write("</p>\n");
        writer.MarkupStarts();
        writer.Write("more");
        writer.MarkupEnds();

        Assert.Equal("<p>text <a href=\"#fn1\">1</a>.</p>\nmore", file.ToString());
        Assert.Equal("<p>" + OutlineWriter.StandIn + "</p>\n" + OutlineWriter.StandIn, outline.ToString());
    }
}
