using System.Collections.Concurrent;
using System.Xml;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Model;
using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Epub;

/// <summary>
/// Renders one language version of a resolution as an EPUB 3.3 book through the templates in
/// <c>templates/epub/</c>: a title page, one content document with the text and its notes, the navigation
/// document, the package document, an SVG cover and one style sheet. Template problems become SG4001
/// diagnostics and no book is written; the same document always gives the same bytes. Safe to call from several
/// threads at once.
/// </summary>
public sealed class EpubRenderer
{
    /// <summary>Folder of the publication's files inside the container.</summary>
    internal const string ContentFolder = "EPUB/";

    // Rendered files: container path ← template, relative to the templates directory.
    private static readonly (string Path, string Template)[] RenderedFiles =
    [
        (EpubArchiveWriter.ContainerPath, "epub/container.xml.sbn"),
        (ContentFolder + "package.opf", "epub/package.opf.sbn"),
        (ContentFolder + "nav.xhtml", "epub/nav.xhtml.sbn"),
        (ContentFolder + "titlepage.xhtml", "epub/titlepage.xhtml.sbn"),
        (ContentFolder + "text.xhtml", "epub/text.xhtml.sbn"),
        (ContentFolder + "cover.svg", "epub/cover.svg.sbn"),
    ];

    // Files copied as they are: container path ← file, relative to the templates directory.
    private static readonly (string Path, string Source)[] CopiedFiles =
    [
        (ContentFolder + "css/book.css", "epub/book.css"),
    ];

    // One per thread, with a name table of its own (a name table is not safe across threads) that keeps the names
    // of elements and attributes from file to file rather than making them again in every reader.
    [ThreadStatic]
    private static XmlReaderSettings? t_readerSettings;

    private readonly TemplateRenderer _templates;

    // Each language's strings with what reading them reported, read once per renderer.
    private readonly ConcurrentDictionary<string, (UiStrings? Strings, IReadOnlyList<Diagnostic> Diagnostics)> _strings = new(StringComparer.Ordinal);

    // The copied files' contents, read once for every book of a build; null when the file is missing.
    private readonly ConcurrentDictionary<string, byte[]?> _copied = new(StringComparer.Ordinal);

    public EpubRenderer(string templatesDirectory)
    {
        _templates = new TemplateRenderer(templatesDirectory, MarkupFlavor.Xhtml);
    }

    public string TemplatesDirectory => _templates.TemplatesDirectory;

    /// <summary>Parses the book's templates ahead of the first book.</summary>
    public void Preload() => _templates.Preload(RenderedFiles.Select(file => file.Template));

    /// <summary>
    /// Writes the EPUB of one language version to <paramref name="epubPath"/>. When the templates report errors,
    /// nothing is written, the errors are in <paramref name="diagnostics"/> and the result is null; else the
    /// result is the book's length in bytes.
    /// </summary>
    public long? Render(ResolutionDocument document, string epubPath, DiagnosticBag diagnostics) => Render(document, null, epubPath, diagnostics);

    /// <summary>
    /// Writes the EPUB as <see cref="Render(ResolutionDocument, string, DiagnosticBag)"/> does, from the view of the
    /// document its page is built from (<paramref name="view"/>), when the build writes one: the e-book then builds no
    /// view of its own.
    /// </summary>
    internal long? Render(ResolutionDocument document, DocumentView? view, string epubPath, DiagnosticBag diagnostics)
    {
        using var files = Compose(document, diagnostics, view);
        if (files is null)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(epubPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        // Zipped in memory, a seekable stream (the zip writer then needs no data descriptors), and written whole.
        using var book = OutputBuffers.Rent("epub");
        EpubArchiveWriter.Write(book, files.Entries, EpubBookModel.Timestamp(document));
        OutputBuffers.WriteFile(epubPath, book);
        return book.Length;
    }

    /// <summary>Writes the EPUB to a stream; returns false (and writes nothing) when the templates report errors.</summary>
    public bool Render(ResolutionDocument document, Stream output, DiagnosticBag diagnostics)
    {
        using var files = Compose(document, diagnostics);
        if (files is null)
        {
            return false;
        }

        // Built in memory first when the stream is not seekable: the zip writer then needs no data descriptors.
        if (output.CanSeek)
        {
            EpubArchiveWriter.Write(output, files.Entries, EpubBookModel.Timestamp(document));
            return true;
        }

        using var book = OutputBuffers.Rent("epub");
        EpubArchiveWriter.Write(book, files.Entries, EpubBookModel.Timestamp(document));
        book.WriteTo(output);
        return true;
    }

    /// <summary>The book's files, or null when a template or string is missing or broken.</summary>
    internal EpubFiles? Compose(ResolutionDocument document, DiagnosticBag diagnostics, DocumentView? view = null)
    {
        var local = new DiagnosticBag();
        var (strings, stringsDiagnostics) = _strings.GetOrAdd(document.Metadata.Language, language =>
        {
            var bag = new DiagnosticBag();
            return (UiStrings.Load(TemplatesDirectory, language, bag), bag.Items);
        });
        local.AddRange(stringsDiagnostics);
        var files = new EpubFiles();
        if (strings is not null)
        {
            var model = EpubBookModel.Build(document, strings, view, local);
            foreach (var (path, template) in RenderedFiles)
            {
                using var writer = new BookFileWriter(files.Add(path));
                if (_templates.Render(template, model, writer, local))
                {
                    writer.End();
                    CheckWellFormed(writer, template, local);
                }
            }

            foreach (var (path, source) in CopiedFiles)
            {
                var full = Path.Combine(TemplatesDirectory, source);
                if (_copied.GetOrAdd(full, static name => File.Exists(name) ? File.ReadAllBytes(name) : null) is { } bytes)
                {
                    files.Add(path, bytes);
                }
                else
                {
                    local.Report(DiagnosticCatalog.TemplateError, full, 1, 1, $"file not found: {source}");
                }
            }
        }

        diagnostics.AddRange(local.Items);
        if (local.HasErrors)
        {
            files.Dispose();
            return null;
        }

        return files;
    }

    // Reading systems refuse XHTML that is not well-formed XML; a template that produces it is a template error. The
    // file's outline is read first (BookFileWriter). Only when it is not well-formed is the file itself read: for the
    // position of its error, or to find none (SiteGen's markup where its stand-in is not allowed but it is, as in a
    // comment).
    private void CheckWellFormed(BookFileWriter file, string template, DiagnosticBag diagnostics)
    {
        if (file.Outline is { } outline && FirstError(outline) is null)
        {
            return;
        }

        if (FirstError(file.File) is { } exception)
        {
            diagnostics.Report(
                DiagnosticCatalog.TemplateError,
                Path.Combine(TemplatesDirectory, template),
                1,
                1,
                $"the rendered file is not well-formed XML (output line {exception.LineNumber}, column {exception.LinePosition}): {exception.Message}");
        }
    }

    private static XmlException? FirstError(Stream content)
    {
        content.Position = 0;
        try
        {
            var settings = t_readerSettings ??= new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CloseInput = false, NameTable = new NameTable() };
            using var reader = XmlReader.Create(content, settings);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException exception)
        {
            return exception;
        }
    }
}
