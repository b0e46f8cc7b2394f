using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>Scriban's built-ins, made when a template first asks for one, serve templates as Scriban's own do.</summary>
public sealed class OnDemandBuiltinsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sitegen-builtins-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_template_calls_the_built_in_functions_of_each_kind()
    {
        File.WriteAllText(
            Path.Combine(_directory, "page.sbn"),
            "{{ text | string.replace '-' '+' }}|{{ items | array.join ',' }}|{{ 7 | math.minus 2 }}|{{ text | string.upcase }}");
        var diagnostics = new DiagnosticBag();

        var output = new TemplateRenderer(_directory).Render("page.sbn", new ScriptObject { ["text"] = "a-b", ["items"] = new[] { 1, 2, 3 } }, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("a+b|1,2,3|5|A-B", output);
    }

    [Fact]
    public void A_name_that_is_neither_in_the_model_nor_built_in_is_still_a_diagnostic()
    {
        File.WriteAllText(Path.Combine(_directory, "page.sbn"), "{{ strings.upcase 'a' }}");
        var diagnostics = new DiagnosticBag();

        var output = new TemplateRenderer(_directory).Render("page.sbn", new ScriptObject(), diagnostics);

        Assert.Null(output);
        Assert.Contains(diagnostics.Items, d => d.Line == 1 && d.Message.Contains("strings", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_cannot_change_a_built_in_for_the_templates_after_it()
    {
        File.WriteAllText(Path.Combine(_directory, "change.sbn"), "{{ string.upcase = 'x' }}");
        File.WriteAllText(Path.Combine(_directory, "use.sbn"), "{{ 'a' | string.upcase }}");
        var renderer = new TemplateRenderer(_directory);

        renderer.Render("change.sbn", new ScriptObject(), new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        var output = renderer.Render("use.sbn", new ScriptObject(), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("A", output);
    }
}
