namespace SiteGen.Core.Model;

/// <summary>
/// What the text itself lacks, from the document's metadata file: symbol, language of this version, issuing
/// body, distribution, original language, the date the edition takes as its modification date, the document's date
/// of issue (<see cref="Issued"/>) and what became of it (<see cref="Action"/>, null where the file says nothing).
/// </summary>
public sealed record DocumentMetadata(
    string Symbol,
    string Language,
    IssuingBody Body,
    string Distribution,
    string OriginalLanguage,
    DateOnly? Date,
    DateOnly? Issued = null,
    RecordedAction? Action = null)
{
    /// <summary>Metadata for a source read without a metadata file (the <c>model</c> and <c>check</c> commands).</summary>
    public static DocumentMetadata ForLooseFile(string language) =>
        new("", language, IssuingBody.GeneralAssembly, "", "", null);
}
