using System.Runtime.InteropServices;

namespace SiteGen.Core.Searching;

/// <summary>
/// Where the Pagefind executable is: the path given (<c>build --pagefind</c>), else the one npm installs beside the
/// project (<c>tests/tools/node_modules</c> or <c>node_modules</c>, in the folder above the templates or the current
/// one), else <c>pagefind_extended</c> or <c>pagefind</c> on the <c>PATH</c>. The extended binary is preferred
/// everywhere: it is the one that segments Chinese and Japanese into words.
/// </summary>
public static class PagefindTool
{
    private static readonly string[] Names = ["pagefind_extended", "pagefind"];

    // Where npm puts the binaries of pagefind's optional dependency for this platform (@pagefind/linux-x64).
    private static readonly string[] ProjectFolders = ["tests/tools/node_modules", "node_modules"];

    /// <summary>The executable to run, or null when there is none.</summary>
    public static string? Find(string? given, string templatesDirectory)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        var projects = new[] { Path.GetDirectoryName(Path.GetFullPath(templatesDirectory)), Directory.GetCurrentDirectory() };
        foreach (var project in projects.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var folder in ProjectFolders)
            {
                foreach (var name in Names)
                {
                    var path = Path.Combine(project, folder, "@pagefind", Platform, "bin", name);
                    if (File.Exists(path))
                    {
                        return path;
                    }
                }
            }
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Names)
        {
            foreach (var folder in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    // npm's names for the platform and processor (process.platform, os.arch()), as pagefind's packages are named.
    private static string Platform =>
        (OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux")
        + "-"
        + (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");
}
