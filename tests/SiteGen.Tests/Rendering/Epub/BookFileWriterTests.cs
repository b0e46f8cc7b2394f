using System.Text;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering;
using SiteGen.Core.Rendering.Epub;

namespace SiteGen.Tests.Rendering.Epub;

public sealed class BookFileWriterTests
{
    private static string Text(Stream stream) => Encoding.UTF8.GetString(((MemoryStream)stream).ToArray());

    [Fact]
    public void The_file_holds_everything_and_the_outline_holds_one_stand_in_per_stretch_of_markup()
    {
        using var file = OutputBuffers.Rent("test");
        using var writer = new BookFileWriter(file);
        IMarkupOutput markup = writer;

        writer.Write("<p>决议 ");
        markup.Write("x<em>一</em>y", 1, 10);
        markup.Write("<a>二</a>", 0, 8);
        writer.Write("</p>\n<p>");
        markup.Write("三", 0, 1);
        writer.Write('<');
        writer.Write("/p>".ToCharArray(), 0, 3);
        writer.End();

        Assert.Equal("<p>决议 <em>一</em><a>二</a></p>\n<p>三</p>", Text(file));
        Assert.Equal($"<p>决议 {BookFileWriter.StandIn}</p>\n<p>{BookFileWriter.StandIn}</p>", Text(writer.Outline!));
    }

    [Fact]
    public void Markup_with_a_stand_in_of_its_own_starts_a_stretch_of_its_own()
    {
        using var file = OutputBuffers.Rent("test");
        using var writer = new BookFileWriter(file);
        IMarkupOutput markup = writer;
        var contributors = writer.StandingInAs(PackageMarkup.StandIn);

        writer.Write("<metadata>");
        contributors.Write("<dc:contributor>甲</dc:contributor>", 0, 34);
        contributors.Write("<dc:contributor>乙</dc:contributor>", 0, 34);
        markup.Write("<em>一</em>", 0, 10);
        writer.Write("</metadata>");
        writer.End();

        Assert.Equal("<metadata><dc:contributor>甲</dc:contributor><dc:contributor>乙</dc:contributor><em>一</em></metadata>", Text(file));
        Assert.Equal($"<metadata>{PackageMarkup.StandIn}{BookFileWriter.StandIn}</metadata>", Text(writer.Outline!));
    }

    [Fact]
    public void Without_markup_there_is_no_outline_but_the_file()
    {
        using var file = OutputBuffers.Rent("test");
        using var writer = new BookFileWriter(file);

        writer.Write("<container/>");
        writer.End();

        Assert.Null(writer.Outline);
        Assert.Equal("<container/>", Text(file));
    }
}
