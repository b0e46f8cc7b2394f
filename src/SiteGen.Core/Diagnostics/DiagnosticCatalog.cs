namespace SiteGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic SiteGen reports, by code. SG1xxx: unusable input; SG2xxx: document structure and footnotes;
/// SG3xxx: references; SG4xxx: templates and rendering; SG5xxx: configuration and publishing.
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor FileNotFound = new("SG1001", Severity.Error, "file not found: {0}", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor NotText = new("SG1002", Severity.Error, "not a text file: {0}", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor EmptyInput = new("SG1003", Severity.Error, "the file is empty", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor InvalidMetadata = new("SG1004", Severity.Error, "{0}", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor NestedTooDeep = new("SG1006", Severity.Error, "the text nests more than {0} levels deep here (block quotes, lists, brackets); a source may nest at most {0}", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor ForbiddenCharacter = new("SG1007", Severity.Warning, "the text holds a control character or a noncharacter ({0}), the first here; a page shows each as U+FFFD", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor NoteNumberTooLarge = new("SG1008", Severity.Error, "a note number past {0:N0} here; a note is numbered from 1 up", DiagnosticCategory.UnusableInput);
    public static readonly DiagnosticDescriptor InputTooLarge = new("SG1005", Severity.Error, "the file is {0} bytes; the limit for one source is {1} bytes", DiagnosticCategory.UnusableInput);

    // SG11xx: a PDF that `import` cannot turn into a document.
    public static readonly DiagnosticDescriptor NotPdf = new("SG1101", Severity.Error, "not a PDF that can be imported: {0}");
    public static readonly DiagnosticDescriptor EncryptedPdf = new("SG1102", Severity.Error, "the PDF is encrypted: save an unencrypted copy and import that");
    public static readonly DiagnosticDescriptor PdfWithoutText = new("SG1103", Severity.Error, "the PDF has no text on any of its {0} page(s): a scanned document must be run through text recognition first");
    public static readonly DiagnosticDescriptor NotUnDocument = new("SG1104", Severity.Error, "not a UN document: {0}");
    public static readonly DiagnosticDescriptor ImportTargetExists = new("SG1105", Severity.Error, "{0} already exists: remove it to import this document again");
    public static readonly DiagnosticDescriptor ImportNotWritten = new("SG1106", Severity.Error, "the document folder could not be written, nothing was kept: {0}");

    public static readonly DiagnosticDescriptor FootnoteWithoutText = new("SG2001", Severity.Error, "footnote {0} is referenced here but has no text");
    public static readonly DiagnosticDescriptor FootnoteNeverReferenced = new("SG2002", Severity.Warning, "footnote {0} is never referenced in the text");
    public static readonly DiagnosticDescriptor DuplicateFootnote = new("SG2003", Severity.Error, "footnote {0} has a second text; the first is at line {1}");
    public static readonly DiagnosticDescriptor FootnoteNumberingGap = new("SG2004", Severity.Error, "footnote {0} follows footnote {1}; expected footnote {2}");
    public static readonly DiagnosticDescriptor UnplacedBlock = new("SG2005", Severity.Error, "this block cannot be placed: {0}");
    public static readonly DiagnosticDescriptor OperativeNumberingGap = new("SG2006", Severity.Error, "operative paragraph {0} follows paragraph {1}; expected {2}");
    public static readonly DiagnosticDescriptor SubParagraphSequence = new("SG2007", Severity.Error, "sub-paragraph {0} is out of sequence; expected {1}");
    public static readonly DiagnosticDescriptor MissingEnactingFormula = new("SG2008", Severity.Error, "no enacting formula (such as \"{0}\") was found");
    public static readonly DiagnosticDescriptor MissingPrefaceField = new("SG2009", Severity.Warning, "the preface has no {0}");
    public static readonly DiagnosticDescriptor NoOperativePart = new("SG2010", Severity.Error, "the text has no operative paragraphs");
    public static readonly DiagnosticDescriptor RepeatedFootnoteReference = new("SG2011", Severity.Warning, "footnote {0} is referenced again; only the first reference is anchored");
    public static readonly DiagnosticDescriptor UnknownPrefaceBlock = new("SG2013", Severity.Warning, "this block above the enacting formula is not part of a UN preface and is left out: \"{0}\"");
    public static readonly DiagnosticDescriptor SecondResolution = new("SG2014", Severity.Error, "a second enacting formula: one source file holds one resolution, and the text from here on is not read");
    public static readonly DiagnosticDescriptor LanguageMismatch = new("SG2015", Severity.Error, "the text is written in {0}, but its language is given as {1}: give the right language (--lang, or 'language' in document.yml)");
    public static readonly DiagnosticDescriptor EnactingFormulaPunctuation = new("SG2016", Severity.Warning, "\"{0}\" is read as the enacting formula \"{1}\", though its punctuation differs");
    public static readonly DiagnosticDescriptor StarNoteWithoutText = new("SG2017", Severity.Warning, "the asterisk note {0} called in the preface has no text");
    public static readonly DiagnosticDescriptor LabelWithoutSpace = new("SG2018", Severity.Warning, "no space after the number \"{0}\": read as operative paragraph {1}");
    public static readonly DiagnosticDescriptor AsciiPunctuation = new("SG2019", Severity.Warning, "{0} ASCII commas, semicolons, colons or full stops after Chinese characters are read as the full-width marks (，；：。), the first here");
    public static readonly DiagnosticDescriptor IbidWithoutAntecedent = new("SG2012", Severity.Warning, "footnote {0} repeats a previous note, but there is none");

    public static readonly DiagnosticDescriptor UnresolvedResolution = new("SG3001", Severity.Warning, "cannot tell which body issued resolution {0}");

    public static readonly DiagnosticDescriptor TemplateError = new("SG4001", Severity.Error, "{0}");

    public static readonly DiagnosticDescriptor ConfigurationError = new("SG5001", Severity.Error, "{0}");
    public static readonly DiagnosticDescriptor OutputNotWritten = new("SG5003", Severity.Error, "the output could not be written, nothing was published: {0}");
    public static readonly DiagnosticDescriptor ManifestNotWritten = new("SG5004", Severity.Warning, "the site was published, but its build record could not be written, so the next build renders every document again: {0}");
    public static readonly DiagnosticDescriptor SearchIndexNotBuilt = new("SG5005", Severity.Warning, "the site was published without a search index: {0}");
    public static readonly DiagnosticDescriptor UnsafeName = new("SG5002", Severity.Error, "{0}");
}
