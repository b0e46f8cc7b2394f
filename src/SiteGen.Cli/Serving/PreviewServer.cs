using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli.Serving;

/// <summary>
/// The <c>serve</c> preview: builds, serves the published site on 127.0.0.1 with .NET's own HTTP listener, and
/// rebuilds when the content, the templates or the configuration change. A failed rebuild is printed and shown
/// at the top of every page, while the last good site keeps being served. .NET's listener rather than ASP.NET Core,
/// which would make the native executable much larger and slower to start, for a preview.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    // What the site is made of; any other file is not served (as a static host would not serve `_headers`).
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".woff2"] = "font/woff2",
        [".json"] = "application/json",
        [".epub"] = "application/epub+zip",
    };

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private HttpListener? _listener;
    private Task? _serving;
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

    /// <summary>Builds, then serves on 127.0.0.1:<paramref name="port"/> (0: a free port); an unusable port is an <see cref="IOException"/>.</summary>
    public async Task StartAsync(int port, CancellationToken cancellation)
    {
        await RebuildAsync(cancellation);
        var site = Core.Publishing.StagedOutput.PublishedSiteIn(_options.OutputDirectory);

        (_listener, var bound) = Listen(port);
        _serving = Task.Run(() => ServeAsync(_listener, site), CancellationToken.None);
        Address = new Uri($"http://localhost:{bound}/");
        Watch(_options.ContentDirectory);
        Watch(_options.TemplatesDirectory);
        Watch(Path.GetDirectoryName(Path.GetFullPath(_options.ConfigurationPath))!, Path.GetFileName(_options.ConfigurationPath), recursive: false);
        _log.WriteLine($"serving {site} at http://127.0.0.1:{bound}/ (Ctrl-C stops)");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_listener is not null)
        {
            _listener.Close();
            await (_serving ?? Task.CompletedTask);
        }

        _building.Dispose();
    }

    /// <summary>A listener on the loopback address; for port 0, on a port the system has just found free.</summary>
    private static (HttpListener Listener, int Port) Listen(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            var listener = new HttpListener();
            var bound = port == 0 ? FreePort() : port;
            // The listener answers only the host names it was given; both name the loopback address.
            listener.Prefixes.Add($"http://127.0.0.1:{bound}/");
            listener.Prefixes.Add($"http://localhost:{bound}/");
            try
            {
                listener.Start();
                return (listener, bound);
            }
            catch (HttpListenerException exception)
            {
                listener.Close();
                if (port != 0 || attempt == 4)
                {
                    throw new IOException(exception.Message, exception);
                }

                // Another program took the free port in between: try another.
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync(HttpListener listener, string site)
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // closed
            }

            _ = Task.Run(() => RespondAsync(context, site));
        }
    }

    private async Task RespondAsync(HttpListenerContext context, string site)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                response.Headers["Allow"] = "GET, HEAD";
                return;
            }

            // The generation published now: a request is answered from one whole site, whichever build is running.
            var root = Core.Publishing.StagedOutput.LiveGeneration(Path.GetDirectoryName(site)!) ?? site;
            if (SiteHeaders.ContentSecurityPolicy(root) is { } policy)
            {
                response.Headers["Content-Security-Policy"] = policy;
            }

            var file = SiteFile(context.Request.Url!.AbsolutePath, root);
            if (file is null)
            {
                response.StatusCode = 404;
                file = SiteFile("/404.html", root);
                if (file is null)
                {
                    return;
                }
            }

            var bytes = await File.ReadAllBytesAsync(file);
            if (_lastError is { } error && file.EndsWith(".html", StringComparison.Ordinal))
            {
                bytes = WithError(bytes, error);
            }

            response.ContentType = ContentTypes[Path.GetExtension(file)];
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod == "GET")
            {
                await response.OutputStream.WriteAsync(bytes);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away, or the file with it during a rebuild: nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
            }
        }
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
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever stopped the build, the preview says so and keeps serving; it never dies with it.
            _lastError = exception.Message;
            _log.WriteLine($"build failed: {exception.Message}; still serving the last good site");
        }
        finally
        {
            Builds++;
            _building.Release();
        }
    }

    /// <summary>
    /// The file a request path names inside the site (a folder ending in '/' means its index.html), or null when
    /// there is none, it is not a kind of file the site serves, or the path would leave the site: by its name
    /// (<c>..</c>) or through a symbolic link (a build never writes one, so any link in the site is refused).
    /// </summary>
    private static string? SiteFile(string requestPath, string site)
    {
        var relative = Uri.UnescapeDataString(requestPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (relative.Contains('\0'))
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(site, relative));
        if (!file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !ContentTypes.ContainsKey(Path.GetExtension(file)))
        {
            return null;
        }

        // Every step below the site's root is a real folder, and the last a real file.
        for (var step = file; step.Length > site.Length; step = Path.GetDirectoryName(step)!)
        {
            FileSystemInfo entry = step == file ? new FileInfo(step) : new DirectoryInfo(step);
            if (!entry.Exists || entry.LinkTarget is not null)
            {
                return null;
            }
        }

        return file;
    }

    /// <summary>The last good page with the build's errors set before its content, as escaped text.</summary>
    private static byte[] WithError(byte[] page, string error)
    {
        var text = Encoding.UTF8.GetString(page);
        var banner = $"<div role=\"alert\" id=\"sitegen-build-error\"><p><strong>The last build failed; this is the last good page.</strong></p><pre>{WebUtility.HtmlEncode(error)}</pre></div>";
        var bodyAt = text.IndexOf("<body", StringComparison.Ordinal);
        var insertAt = bodyAt < 0 ? 0 : text.IndexOf('>', bodyAt) + 1;
        return Encoding.UTF8.GetBytes(text.Insert(insertAt, banner));
    }
}
