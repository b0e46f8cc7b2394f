namespace SiteGen.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Configuration => Path.Combine(Root, "sitegen.yml");

    public static string Seed => Path.Combine(Root, "seeds", "000_7be3694dd3d710bf.txt");

    public static string SeedContent => Path.Combine(Root, "content", "A-C.3-79-L.34", "zh-Hans.md");

    public static string NodeModules => Path.Combine(Root, "tests", "tools", "node_modules");

    /// <summary>A fresh folder under the test output that a person can look at after the run.</summary>
    public static string Artifacts(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SiteGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above the test folder");
    }
}
