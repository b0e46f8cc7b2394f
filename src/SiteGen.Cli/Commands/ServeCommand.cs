using System.CommandLine;
using SiteGen.Cli.Serving;
using SiteGen.Core.Build;

namespace SiteGen.Cli.Commands;

/// <summary><c>serve [--port N]</c>: builds, serves the site on 127.0.0.1 and rebuilds on every change.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
        var content = new Option<string>("--content") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "The templates folder.", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "output" };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild when content, templates or configuration change.")
        {
            port, content, templates, output,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var options = new BuildOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!);
            await using var server = new PreviewServer(options, Console.Out);
            try
            {
                await server.StartAsync(result.GetValue(port), cancellation);
            }
            catch (IOException exception)
            {
                Console.Error.WriteLine($"error: cannot serve on port {result.GetValue(port)}: {exception.Message}");
                return ExitCodes.UnusableInput;
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
