using System.Net;
using System.Net.Sockets;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small static file server on the loopback interface for browser tests: serves folders under path prefixes
/// (the same site at the host root and under a sub-path), answers a missing file with the folder's 404.html, and
/// sends the Content-Security-Policy the site is meant to be published with.
/// </summary>
public sealed class SiteServer : IDisposable
{
    /// <summary>No inline script and no inline style: what the published site must work under.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
        [".epub"] = "application/epub+zip",
        [".png"] = "image/png",
    };

    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<(string Prefix, string Directory)> _roots;
    private readonly Task _loop;

    /// <param name="roots">Path prefixes (<c>/sitegen/</c>, <c>/</c>) and the folders they serve; the longest prefix wins.</param>
    public SiteServer(IEnumerable<(string Prefix, string Directory)> roots)
    {
        _roots = roots.OrderByDescending(r => r.Prefix.Length).ToList();
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped while waiting for a request.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Respond(context);
            }
            catch (HttpListenerException)
            {
                // The browser went away.
            }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
        response.Headers["X-Content-Type-Options"] = "nosniff";
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var root = _roots.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal));
        var file = root.Directory is null ? null : Resolve(root.Directory, path[root.Prefix.Length..]);
        if (file is null)
        {
            response.StatusCode = 404;
            file = root.Directory is null ? null : Path.Combine(root.Directory, "404.html");
            if (file is null || !File.Exists(file))
            {
                response.Close();
                return;
            }
        }

        var bytes = File.ReadAllBytes(file);
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private static string? Resolve(string directory, string relative)
    {
        if (relative.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var path = Path.Combine(directory, relative);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            path = Path.Combine(path, "index.html");
        }

        return File.Exists(path) ? path : null;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
