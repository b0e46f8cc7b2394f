
namespace SiteGen.Core.Model;

public enum UnitKind
{
    Preambular,
    Operative,
    SubParagraph,
    SecondDegree,
    Footnote,
    StarNote,
    Preface,
}

/// <summary>
/// The public anchor of a unit (DESIGN.md, "Anchors — the public contract"): derived from the official numbering,
/// the same in every language. <c>UnitId.Operative(19).Sub(2)</c> prints <c>op19-b</c>;
/// <c>UnitId.Operative(2).Sub(1).Item(3)</c> prints <c>op2-a-iii</c>.
/// </summary>
/// <param name="Kind">What the unit is.</param>
/// <param name="Number">Paragraph or footnote number, from 1.</param>
/// <param name="Letter">Sub-paragraph ordinal (1 = a), or 0.</param>
/// <param name="Item">Second-degree ordinal (1 = i), or 0.</param>
/// <param name="InAdoptedText">
/// Whether the unit belongs to the text the resolution adopts (a declaration set out after "Adopts the following
/// declaration:"), whose paragraphs are numbered on their own: <c>decl-pp1</c>, <c>decl-op5</c>, <c>decl-op5-a</c>.
/// </param>
public readonly record struct UnitId(UnitKind Kind, int Number, int Letter = 0, int Item = 0, bool InAdoptedText = false)
{
    /// <summary>What the ids of the adopted text's units start with.</summary>
    public const string AdoptedTextPrefix = "decl-";

    public static UnitId Preambular(int number) => new(UnitKind.Preambular, number);

    public static UnitId Operative(int number) => new(UnitKind.Operative, number);

    public static UnitId Footnote(int number) => new(UnitKind.Footnote, number);

    /// <summary>The preface, where a reference in its lines stands ("[on the report of the Third Committee (A/79/457)]"): <c>preface</c>.</summary>
    public static UnitId Preface => new(UnitKind.Preface, 0);

    /// <summary>The n-th asterisk note ("* Reissued for technical reasons …"): <c>fn-star</c>, then <c>fn-star2</c>.</summary>
    public static UnitId StarNote(int number) => new(UnitKind.StarNote, number);

    /// <summary>The same unit in the text the resolution adopts.</summary>
    public UnitId InAdopted() => Kind is UnitKind.Preambular or UnitKind.Operative
        ? this with { InAdoptedText = true }
        : throw new InvalidOperationException($"{this} cannot stand in an adopted text");

    public UnitId Sub(int letter) => Kind == UnitKind.Operative
        ? new(UnitKind.SubParagraph, Number, letter, 0, InAdoptedText)
        : throw new InvalidOperationException($"{this} cannot have sub-paragraphs");

    public UnitId Item2(int item) => Kind == UnitKind.SubParagraph
        ? new(UnitKind.SecondDegree, Number, Letter, item, InAdoptedText)
        : throw new InvalidOperationException($"{this} cannot have second-degree sub-paragraphs");

    /// <summary>The anchor of a footnote's first reference: <c>fnref16</c>.</summary>
    public string ReferenceAnchor => Kind switch
    {
        UnitKind.Footnote => $"fnref{Number}",
        UnitKind.StarNote => Number == 1 ? "fnref-star" : $"fnref-star{Number}",
        _ => throw new InvalidOperationException($"{this} is not a footnote"),
    };

    public override string ToString() => InAdoptedText ? AdoptedTextPrefix + Local() : Local();

    private string Local() => Kind switch
    {
        UnitKind.Preambular => $"pp{Number}",
        UnitKind.Operative => $"op{Number}",
        UnitKind.SubParagraph => $"op{Number}-{Ordinals.ToLetters(Letter)}",
        UnitKind.SecondDegree => $"op{Number}-{Ordinals.ToLetters(Letter)}-{Ordinals.ToRoman(Item).ToLowerInvariant()}",
        UnitKind.Footnote => $"fn{Number}",
        UnitKind.StarNote => Number == 1 ? "fn-star" : $"fn-star{Number}",
        UnitKind.Preface => "preface",
        _ => throw new InvalidOperationException(),
    };
}
