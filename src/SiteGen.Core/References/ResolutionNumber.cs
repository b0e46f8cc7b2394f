namespace SiteGen.Core.References;

/// <summary>
/// A resolution number as it stands in a text: where it is, its form, and its parts. <see cref="Key"/> names
/// the resolution whatever the spacing (<c>2200(XXI)</c> for "2200 A (XXI)"), so a later bare mention of the
/// same number can keep the body an earlier one was tied to.
/// </summary>
internal readonly record struct ResolutionNumber(int Start, int Length, ResolutionNumberForm Form, string Number, string Qualifier)
{
    public int End => Start + Length;

    public string Key { get; } = Form == ResolutionNumberForm.Session ? $"{Qualifier}/{Number}" : $"{Number}({Qualifier})";
}
