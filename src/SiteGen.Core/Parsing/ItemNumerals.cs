namespace SiteGen.Core.Parsing;

/// <summary>How a language numbers second-degree sub-paragraphs (DESIGN.md, "Anchors": the id is always roman).</summary>
public enum ItemNumerals
{
    /// <summary><c>(i)</c>, <c>(ii)</c>… (English), or <c>i)</c>, <c>ii)</c>… (French, Spanish, Russian).</summary>
    Roman,

    /// <summary><c>(一)</c>, <c>(二)</c>… (Chinese).</summary>
    Chinese,

    /// <summary>Digits between single quotation marks, <c>’1‘</c>, <c>’2‘</c>… (Arabic).</summary>
    QuotedDigits,
}
