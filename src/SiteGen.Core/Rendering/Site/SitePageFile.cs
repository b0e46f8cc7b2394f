using SiteGen.Core.Publishing;

namespace SiteGen.Core.Rendering.Site;

/// <summary>How every page of the site is written: rendered into a pooled buffer, then written whole.</summary>
internal static class SitePageFile
{
    /// <summary>Renders a page and writes it at its path in the site; a template error (false) leaves no page behind.</summary>
    public static bool Write(string siteDirectory, string relativePath, Func<TextWriter, bool> render)
    {
        using var buffer = OutputBuffers.Rent("page");
        bool rendered;
        using (var output = new Utf8BufferWriter(buffer) { NewLine = "\n" })
        {
            rendered = render(output);
        }

        if (rendered)
        {
            var path = Path.Combine(siteDirectory, relativePath);
            var folder = Path.GetDirectoryName(path)!;

            // Usually made already, for the document's other files: a look costs less than a second mkdir.
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }

            OutputBuffers.WriteFile(path, buffer);
        }

        return rendered;
    }
}
