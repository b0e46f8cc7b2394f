namespace SiteGen.Core.References;

/// <summary>
/// An "ibid." footnote as recognised: where the ibid. word stands in the note's text and whether it is the whole
/// note (同上。, "Ibid.") or is followed by a pinpoint (同上，第 1249 卷; "Ibid., vol. 1249").
/// </summary>
internal sealed record IbidNote(int Start, int Length, bool IsWholeNote);
