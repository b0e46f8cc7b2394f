namespace SiteGen.Core.Parsing;

/// <summary>
/// The numbering label a block starts with, as the source shows it (<c>19.</c>, <c>(b)</c>, <c>(三)</c>,
/// <c>(iii)</c>). <see cref="Letter"/> and <see cref="Item"/> may both be set: <c>(i)</c>, <c>(v)</c> and
/// <c>(x)</c> are letters and roman numerals alike, and only the context decides. <see cref="WithoutSpace"/> is set
/// for a number the conversion ran into its text ("1.决定").
/// </summary>
internal readonly record struct BlockLabel(string Text, int Operative, int Letter, int Item, bool WithoutSpace = false)
{
    public static readonly BlockLabel None = new("", 0, 0, 0);

    public bool IsNone => Operative == 0 && Letter == 0 && Item == 0;

    public bool IsAmbiguous => Letter > 0 && Item > 0;
}
