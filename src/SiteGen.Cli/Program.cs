using System.CommandLine;
using System.Text;
using SiteGen.Cli;
using SiteGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("SiteGen: builds an accessible reading edition (website and EPUB) of UN resolutions.")
{
    ModelCommand.Create(),
    CheckCommand.Create(),
    BuildCommand.Create(),
    ServeCommand.Create(),
    ImportCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Wrong usage is exit code 2, as for unusable input (README, "Exit codes").
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help for the commands and their options.");
    return ExitCodes.UnusableInput;
}

// Ctrl-C and SIGTERM are each command's to handle (Interruption): a build stops at its next check, cleans up and
// says so, however long that takes, rather than being ended after a timeout.
return parsed.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
