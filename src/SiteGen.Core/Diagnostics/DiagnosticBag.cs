namespace SiteGen.Core.Diagnostics;

/// <summary>Collects diagnostics in the order they are reported; passed explicitly to every stage.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Reports a catalogued problem at an offset of a source text.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceText source, int offset, params object[] args)
    {
        var (line, column) = source.GetLineColumn(offset);
        _items.Add(new Diagnostic(descriptor.Severity, descriptor.Code, source.Path, line, column, descriptor.Format(args), descriptor.Category));
    }

    /// <summary>Reports a catalogued problem about a whole file, or a place given as line and column.</summary>
    public void Report(DiagnosticDescriptor descriptor, string path, int line, int column, params object[] args) =>
        _items.Add(new Diagnostic(descriptor.Severity, descriptor.Code, path, line, column, descriptor.Format(args), descriptor.Category));
}
