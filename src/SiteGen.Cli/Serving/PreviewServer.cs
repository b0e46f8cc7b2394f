using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using SiteGen.Core.Build;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli.Serving;

/// <summary>
/// The <c>serve</c> preview: builds, serves the published site on 127.0.0.1 with ASP.NET Core's own server, and
/// rebuilds when the content, the templates or the configuration change. A failed rebuild is printed and shown
/// at the top of every page, while the last good site keeps being served.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private CancellationTokenSource? _pending;
    private string? _lastError;

    public PreviewServer(BuildOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>The address the site is served at, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>How many builds have finished, successful or not; tests wait on it.</summary>
    public int Builds { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellation)
    {
        await RebuildAsync(cancellation);
        var site = Path.GetFullPath(Path.Combine(_options.OutputDirectory, Core.Publishing.StagedOutput.SiteFolderName));
        Directory.CreateDirectory(site);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (_lastError is { } error && PageFile(context.Request.Path, site) is { } page)
            {
                await ServePageWithErrorAsync(context, page, error);
                return;
            }

            await next();
        });
        var files = new PhysicalFileProvider(site);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".epub"] = "application/epub+zip";
        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = false });
        await _app.StartAsync(cancellation);
        Address = new Uri(_app.Urls.First().Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        Watch(_options.ContentDirectory);
        Watch(_options.TemplatesDirectory);
        Watch(Path.GetDirectoryName(Path.GetFullPath(_options.ConfigurationPath))!, Path.GetFileName(_options.ConfigurationPath), recursive: false);
        _log.WriteLine($"serving {site} at http://127.0.0.1:{new Uri(_app.Urls.First()).Port}/ (Ctrl-C stops)");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _building.Dispose();
    }

    private void Watch(string directory, string filter = "*", bool recursive = true)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var watcher = new FileSystemWatcher(directory, filter) { IncludeSubdirectories = recursive, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => ScheduleRebuild();
        watcher.Created += (_, _) => ScheduleRebuild();
        watcher.Deleted += (_, _) => ScheduleRebuild();
        watcher.Renamed += (_, _) => ScheduleRebuild();
        _watchers.Add(watcher);
    }

    /// <summary>Rebuilds once the files have been quiet for a moment (an editor saves in several writes).</summary>
    private void ScheduleRebuild()
    {
        var pending = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, pending)?.Cancel();
        _ = Task.Delay(Quiet, pending.Token).ContinueWith(
            async delay =>
            {
                if (!delay.IsCanceled)
                {
                    await RebuildAsync(CancellationToken.None);
                }
            },
            TaskScheduler.Default);
    }

    private async Task RebuildAsync(CancellationToken cancellation)
    {
        await _building.WaitAsync(cancellation);
        try
        {
            var diagnostics = new DiagnosticBag();
            var result = new EditionBuilder().Build(_options, diagnostics, cancellation);
            DiagnosticPrinter.Print(diagnostics.Items, _log);
            if (result.Published)
            {
                _lastError = null;
                foreach (var summary in result.Documents)
                {
                    _log.WriteLine(summary.ToString());
                }
            }
            else
            {
                var errors = diagnostics.Items.Where(d => d.IsError).Select(d => d.ToString());
                _lastError = string.Join('\n', errors);
                _log.WriteLine("build failed; still serving the last good site");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _lastError = exception.Message;
            _log.WriteLine($"build failed: {exception.Message}; still serving the last good site");
        }
        finally
        {
            Builds++;
            _building.Release();
        }
    }

    /// <summary>The HTML file a request path names inside the site (a folder means its index.html), or null.</summary>
    private static string? PageFile(PathString path, string site)
    {
        var relative = (path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var file = Path.GetFullPath(Path.Combine(site, relative));
        return relative.EndsWith(".html", StringComparison.Ordinal) && file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file)
            ? file
            : null;
    }

    /// <summary>The last good page with the build's errors set before its content, as escaped text.</summary>
    private static async Task ServePageWithErrorAsync(HttpContext context, string file, string error)
    {
        var page = await File.ReadAllTextAsync(file, context.RequestAborted);
        var banner = $"<div role=\"alert\" id=\"sitegen-build-error\"><p><strong>The last build failed; this is the last good page.</strong></p><pre>{WebUtility.HtmlEncode(error)}</pre></div>";
        var bodyAt = page.IndexOf("<body", StringComparison.Ordinal);
        var insertAt = bodyAt < 0 ? 0 : page.IndexOf('>', bodyAt) + 1;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page.Insert(insertAt, banner), Encoding.UTF8, context.RequestAborted);
    }
}
