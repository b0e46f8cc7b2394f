using System.Buffers;
using BenchmarkDotNet.Attributes;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Loading;
using SiteGen.Core.Model;
using SiteGen.Core.Parsing;
using SiteGen.Core.Publishing;
using SiteGen.Core.References;
using SiteGen.Core.Rendering.Epub;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Benchmarks;

/// <summary>
/// The in-process stages of a build, each measured alone on the seed document (<c>content/A-C.3-79-L.34</c>, the
/// Chinese version): every stage's input is made once, in <see cref="Setup"/>, the way the build before it would
/// have made it. The renderers are made there too, once, as a build makes them, so their cache of parsed templates
/// is kept from call to call. Public and not sealed: BenchmarkDotNet derives from the class it runs.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly SiteOptions SiteOptions = new("https://sitegen.example.org/", "SiteGen reading editions");

    private DocumentSource _source = null!;
    private SourceText _text = null!;
    private ResolutionDocument _parsed = null!;
    private ResolutionDocument _document = null!;
    private IReadOnlyList<Diagnostic> _diagnostics = null!;
    private SitePublication _site = null!;
    private EpubRenderer _epub = null!;
    private List<EpubEntry> _entries = null!;
    private DateOnly _timestamp;

    [GlobalSetup]
    public void Setup()
    {
        var paths = RepositoryPaths.Find();
        var diagnostics = new DiagnosticBag();
        _source = ContentLoader.Load(paths.Content, diagnostics).Single(s => s.Metadata.Symbol == "A/C.3/79/L.34");
        _text = SourceLoader.Load(_source.SourcePath, diagnostics, _source.DisplayPath)
            ?? throw new InvalidOperationException($"{_source.SourcePath} could not be read");
        _parsed = ResolutionParser.Parse(_text, _source.Metadata, diagnostics);
        _document = new ReferenceResolver().Resolve(_parsed, diagnostics);
        _diagnostics = [.. diagnostics.Items];

        _site = new SiteRenderer(paths.Templates).Begin([new SitePlanEntry(_source.Metadata, _source.DisplayPath)], SiteOptions, diagnostics)
            ?? throw new InvalidOperationException("the site cannot be planned");
        _epub = new EpubRenderer(paths.Templates);
        using (var files = _epub.Compose(_document, diagnostics))
        {
            // Copied out of the pooled buffers, which go back to the pool here.
            _entries = files?.Entries.Select(entry => new EpubEntry(entry.Path, entry.Content.ToArray())).ToList() ?? [];
        }

        _timestamp = EpubBookModel.Timestamp(_document);

        // A stage that fails on the seed would measure its error path: stop here instead.
        _site.RenderPage(_document, TextWriter.Null, diagnostics);
        if (diagnostics.HasErrors || _entries.Count == 0)
        {
            throw new InvalidOperationException($"the seed does not build: {string.Join("; ", diagnostics.Items)}");
        }
    }

    /// <summary>Markdig's parse and the structure recognisers: source text → content model.</summary>
    [Benchmark]
    public ResolutionDocument Parse() => ResolutionParser.Parse(_text, _source.Metadata, new DiagnosticBag());

    /// <summary>Reference resolution on the parsed model: UN symbols, resolution numbers, web addresses, ibid.</summary>
    [Benchmark]
    public ResolutionDocument Resolve() => new ReferenceResolver().Resolve(_parsed, new DiagnosticBag());

    /// <summary>Both model stages, as a build runs them for each document.</summary>
    [Benchmark]
    public ResolutionDocument Model() => DocumentModeller.Model(_text, _source.Metadata, new DiagnosticBag());

    /// <summary>The document's website page: view model and template, encoded as UTF-8 into a stream that keeps nothing.</summary>
    [Benchmark]
    public bool RenderHtml()
    {
        using var output = new StreamWriter(Stream.Null);
        return _site.RenderPage(_document, output, new DiagnosticBag());
    }

    /// <summary>The e-book's files from the templates, without the zip.</summary>
    [Benchmark]
    public int? RenderEpub()
    {
        using var files = _epub.Compose(_document, new DiagnosticBag());
        return files?.Count;
    }

    /// <summary>The EPUB container from the composed files, into a pooled buffer as a build zips it.</summary>
    [Benchmark]
    public long Zip()
    {
        using var book = OutputBuffers.Rent("epub");
        EpubArchiveWriter.Write(book, _entries, _timestamp);
        return book.Length;
    }

    /// <summary>The content model as JSON, into a pooled buffer as a build writes it.</summary>
    [Benchmark]
    public long ModelJson()
    {
        using var buffer = OutputBuffers.Rent("model");
        ModelJsonWriter.Write(_document, _diagnostics, (IBufferWriter<byte>)buffer);
        return buffer.Length;
    }
}
