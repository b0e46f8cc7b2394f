using SiteGen.Core.Rendering.Site;

namespace SiteGen.Tests.Rendering.Site;

/// <summary>A file's size in a download list: one decimal below ten, whole from ten on, in the language's own units and decimal mark.</summary>
public sealed class FileSizeLabelTests
{
    [Theory]
    [InlineData(0, ".", "0.0 KB")]
    [InlineData(512, ".", "0.5 KB")]
    [InlineData(9728, ".", "9.5 KB")]
    [InlineData(9728, ",", "9,5 KB")]
    [InlineData(10_188, ".", "9.9 KB")]
    [InlineData(10_200, ".", "10 KB")]
    [InlineData(29_900, ",", "29 KB")]
    [InlineData(1_048_063, ".", "1023 KB")]
    [InlineData(1_048_064, ".", "1.0 MB")]
    [InlineData(1_258_291, ",", "1,2 MB")]
    [InlineData(52_428_800, ".", "50 MB")]
    public void Sizes_read_as_a_reader_rounds_them(long bytes, string decimalMark, string expected)
    {
        Assert.Equal(expected, FileSizeLabel.Format(bytes, "{n} KB", "{n} MB", decimalMark));
    }

    [Fact]
    public void The_number_takes_the_language_s_place_for_it()
    {
        Assert.Equal("29 Ko", FileSizeLabel.Format(29 * 1024, "{n} Ko", "{n} Mo", ","));
        Assert.Equal("29 كيلوبايت", FileSizeLabel.Format(29 * 1024, "{n} كيلوبايت", "{n} ميغابايت", ","));
    }
}
