namespace SiteGen.Tests.Support;

/// <summary>
/// One case of <c>tests/SiteGen.Tests/Cases/&lt;area&gt;/&lt;case&gt;/</c>: an input text (<c>input.md</c>, or
/// <c>input.path</c> naming a file of the repository, as the seed's cases do) and what reading it must give, one
/// file per kind: <c>expected.tree.txt</c> (the model, <see cref="ModelTree"/>), <c>expected.references.txt</c>
/// (each resolved reference: unit, text, symbol) and <c>expected.diagnostics.txt</c> (each diagnostic: line,
/// column, severity, code, message). A folder with an input and no expected file is input for other tests.
/// </summary>
public sealed record GoldenCase(string Area, string Name)
{
    public const string InputFile = "input.md";
    public const string InputPathFile = "input.path";

    /// <summary>The cases that have at least one expected file, in a stable order.</summary>
    public static IReadOnlyList<GoldenCase> All { get; } =
    [
        .. System.IO.Directory.EnumerateDirectories(Golden.CasesDirectory)
            .SelectMany(area => System.IO.Directory.EnumerateDirectories(area)
                .Where(folder => System.IO.Directory.EnumerateFiles(folder, "expected.*.txt").Any())
                .Select(folder => new GoldenCase(Path.GetFileName(area), Path.GetFileName(folder))))
            .OrderBy(c => c.Id, StringComparer.Ordinal),
    ];

    /// <summary>A case by its id, <c>area/case</c>.</summary>
    public static GoldenCase Named(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return new GoldenCase(id[..slash], id[(slash + 1)..]);
    }

    public string Id => $"{Area}/{Name}";

    public string Directory => Path.Combine(Golden.CasesDirectory, Area, Name);

    /// <summary>The input's path from the repository's root, as diagnostics name it.</summary>
    public string InputPath
    {
        get
        {
            var named = Path.Combine(Directory, InputPathFile);
            return File.Exists(named)
                ? File.ReadAllText(named).Trim()
                : Path.GetRelativePath(RepositoryPaths.Root, Path.Combine(Directory, InputFile)).Replace('\\', '/');
        }
    }

    public string Text => File.ReadAllText(Path.Combine(RepositoryPaths.Root, InputPath));

    /// <summary>The kinds of expected file the case has (<c>tree</c>, <c>references</c>, <c>diagnostics</c>).</summary>
    public IEnumerable<string> ExpectedKinds =>
        System.IO.Directory.EnumerateFiles(Directory, "expected.*.txt").Select(file => Path.GetFileName(file).Split('.')[1]).Order(StringComparer.Ordinal);

    /// <summary>The golden file of a kind, relative to the cases folder (for <see cref="Golden.Verify"/>).</summary>
    public string Expected(string kind) => $"{Area}/{Name}/expected.{kind}.txt";

    public override string ToString() => Id;
}
