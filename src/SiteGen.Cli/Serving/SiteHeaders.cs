namespace SiteGen.Cli.Serving;

/// <summary>
/// The response headers the site declares for static hosts in its <c>_headers</c> file (Netlify's format: a path
/// pattern on a line of its own, then indented <c>Name: value</c> lines), as far as the preview sends them.
/// </summary>
internal static class SiteHeaders
{
    public const string FileName = "_headers";

    /// <summary>The Content-Security-Policy the site declares for every path (<c>/*</c>), or null when it declares none.</summary>
    public static string? ContentSecurityPolicy(string site)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(site, FileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var everyPath = false;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                everyPath = line.Trim() == "/*";
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (everyPath && colon > 0 && line[..colon].Trim().Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
