using System.Buffers;
using System.Text;
using SiteGen.Core.Publishing;
using SiteGen.Core.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class Utf8BufferWriterTests
{
    private static byte[] Write(Action<TextWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8BufferWriter(output))
        {
            write(writer);
        }

        return output.WrittenSpan.ToArray();
    }

    [Fact]
    public void Writes_the_same_bytes_as_UTF8_without_a_byte_order_mark()
    {
        const string text = "联合国大会 A/C.3/79/L.34 — «résolution» 𠀀 عربي";

        var bytes = Write(writer =>
        {
            writer.Write(text[..7]);
            writer.Write('x');
            writer.Write(text.ToCharArray(), 7, text.Length - 7);
        });

        Assert.Equal(Encoding.UTF8.GetBytes(text[..7] + "x" + text[7..]), bytes);
    }

    [Fact]
    public void Keeps_a_surrogate_pair_split_between_two_writes_together()
    {
        const string pair = "\U00020000";

        var bytes = Write(writer =>
        {
            writer.Write(pair[0]);
            writer.Write(pair[1]);
        });

        Assert.Equal(new byte[] { 0xF0, 0xA0, 0x80, 0x80 }, bytes);
    }

    [Fact]
    public void Keeps_a_surrogate_pair_across_the_chunks_of_a_long_text()
    {
        // Long enough to be encoded in several pieces, with pairs at every offset.
        var text = string.Concat(Enumerable.Repeat("a\U00020000条", 2000));

        Assert.Equal(Encoding.UTF8.GetBytes(text), Write(writer => writer.Write(text)));
    }

    [Fact]
    public void A_lone_surrogate_at_the_end_becomes_a_replacement_character()
    {
        var bytes = Write(writer => writer.Write("a\uD840"));

        Assert.Equal(new byte[] { (byte)'a', 0xEF, 0xBF, 0xBD }, bytes);
    }

    [Fact]
    public void Fills_a_pooled_output_buffer_that_is_written_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitegen-utf8-{Guid.NewGuid():N}.txt");
        var text = string.Concat(Enumerable.Repeat("第1段。", 40_000)); // several pool blocks
        try
        {
            using (var buffer = OutputBuffers.Rent("test"))
            {
                using (var writer = new Utf8BufferWriter(buffer))
                {
                    writer.Write(text);
                }

                OutputBuffers.WriteFile(path, buffer);
            }

            Assert.Equal(text, File.ReadAllText(path, Encoding.UTF8));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
