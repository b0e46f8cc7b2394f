using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary><c>build [--content DIR] [--out DIR]</c>: builds every document of the content folder into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--out") { Description = "The output folder.", DefaultValueFactory = _ => "output" };
        var command = new Command("build", "Build the edition from the content folder into the output folder.") { content, output };
        command.SetAction(result => Run(result.GetValue(content)!, result.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string content, string output, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("build is not wired yet");
        return ExitCodes.ContentErrors;
    }
}
