namespace SiteGen.Core.Model;

/// <summary>
/// What became of a document, as its metadata file records it where the text does not say (a draft never does):
/// the date it was acted on, the meeting, how (<see cref="AdoptionMethod"/>, with the votes of a vote) and the
/// symbol of the resolution it became. A Main Committee approves a draft and a body adopts one; which is told by the
/// document's symbol, not stored. Any field may be absent (null, <see cref="AdoptionMethod.Unknown"/>, "").
/// </summary>
public sealed record RecordedAction(DateOnly? Date, int? Meeting, AdoptionMethod Method, VoteCount? Votes, string AdoptedAs)
{
    public bool IsEmpty => Date is null && Meeting is null && Method == AdoptionMethod.Unknown && AdoptedAs.Length == 0;
}
