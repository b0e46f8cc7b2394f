namespace SiteGen.Core.Model;

/// <summary>
/// Where the UN sets the adoption line: after the operative part (General Assembly, Human Rights Council, ECOSOC:
/// "52nd plenary meeting, 1 December 2025") or in the preface (Security Council: "Adopted by the Security Council
/// at its 8406th meeting, on …", "2018年11月15日安全理事会第8401次会议通过").
/// </summary>
public enum AdoptionPlace
{
    AfterOperativePart,
    Preface,
}
