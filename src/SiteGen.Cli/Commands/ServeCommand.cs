using System.CommandLine;
using SiteGen.Cli.Serving;
using SiteGen.Core.Pipeline;
using SiteGen.Core.Publishing;

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
        command.SetAction(async result =>
        {
            using var interruption = new Interruption();
            var options = new BuildOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(output)!);
            OutputLock? held;
            int? holder;
            try
            {
                held = OutputLock.TryTake(options.OutputDirectory, out holder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: the output folder {options.OutputDirectory} cannot be written: {exception.Message}");
                return ExitCodes.OutputNotWritten;
            }

            if (held is null)
            {
                Console.Error.WriteLine($"error: {BuildCommand.Busy(options.OutputDirectory, holder)}");
                return ExitCodes.OutputBusy;
            }

            // The preview's rebuilds are the only builds of this output folder while it runs.
            using (held)
            {
                await using var server = new PreviewServer(options, Console.Out);
                try
                {
                    await server.StartAsync(result.GetValue(port), interruption.Token);
                }
                catch (IOException exception)
                {
                    Console.Error.WriteLine($"error: cannot serve on port {result.GetValue(port)}: {exception.Message}");
                    return ExitCodes.UnusableInput;
                }
                catch (OperationCanceledException)
                {
                    return ExitCodes.Cancelled;
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, interruption.Token);
                }
                catch (OperationCanceledException)
                {
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
