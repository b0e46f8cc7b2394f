using SiteGen.Core.Rendering.Epub;
using SiteGen.Core.Rendering.Site;

namespace SiteGen.Core.Pipeline;

/// <summary>The renderers of the formats a build writes; their templates are parsed on another core from the start.</summary>
internal sealed class DocumentRenderers
{
    private readonly Task _preloading;

    private DocumentRenderers(OutputFormats formats, SiteRenderer site, EpubRenderer epub)
    {
        Formats = formats;
        Site = site;
        Epub = epub;
        _preloading = Task.Run(() =>
        {
            if (formats.HasFlag(OutputFormats.Site))
            {
                site.Preload();
            }

            if (formats.HasFlag(OutputFormats.Epub))
            {
                epub.Preload();
            }
        });
    }

    public OutputFormats Formats { get; }

    public SiteRenderer Site { get; }

    public EpubRenderer Epub { get; }

    public static DocumentRenderers Start(BuildOptions options) =>
        new(options.Formats, new SiteRenderer(options.TemplatesDirectory), new EpubRenderer(options.TemplatesDirectory));

    /// <summary>Waits until the templates are parsed (a template's problems are reported when it is rendered).</summary>
    public void Ready(CancellationToken cancellation) => _preloading.Wait(cancellation);
}
