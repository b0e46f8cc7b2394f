namespace SiteGen.Core.Importing;

/// <summary>
/// One block of the imported text, as the source format has it: a paragraph (or the part of one before a page's
/// notes), or a note. It records whether its first line was indented, which is how the text after the preface is
/// told apart.
/// </summary>
internal sealed class ImportedBlock(bool isNote, bool indented)
{
    public bool IsNote { get; } = isNote;

    public bool Indented { get; } = indented;

    public List<StyledRun> Runs { get; } = [];

    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}
