using System.CommandLine;
using System.Text;
using SiteGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("SiteGen: builds an accessible reading edition (website and EPUB) of UN resolutions.")
{
    ModelCommand.Create(),
    CheckCommand.Create(),
    BuildCommand.Create(),
    ServeCommand.Create(),
};

return root.Parse(args).Invoke();
