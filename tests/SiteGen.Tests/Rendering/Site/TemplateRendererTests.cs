using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Site;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sitegen-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Plain_strings_are_escaped_and_html_fields_are_not()
    {
        Write("page.sbn", "<p title=\"{{ text }}\">{{ text }}</p>{{ body_html }}");
        var model = new ScriptObject { ["text"] = "<b>\"&'", ["body_html"] = new HtmlString("<em>ok</em>") };

        var output = Render("page.sbn", model, out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("<p title=\"&lt;b&gt;&quot;&amp;&#39;\">&lt;b&gt;&quot;&amp;&#39;</p><em>ok</em>", output);
    }

    [Fact]
    public void Included_markup_is_written_once_and_its_values_escaped()
    {
        Write("page.sbn", "<main>{{ include 'includes/part.sbn' }}</main>");
        Write("includes/part.sbn", "<p>{{ text }}</p>");

        var output = Render("page.sbn", new ScriptObject { ["text"] = "a<b" }, out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("<main><p>a&lt;b</p></main>", output);
    }

    [Fact]
    public void An_included_template_kept_in_a_variable_is_written_where_the_variable_is_and_not_escaped()
    {
        Write("page.sbn", "{{ part = include 'part.sbn' }}<main>{{ include 'part.sbn' }}|{{ part }}|{{ include 'args.sbn' 'x<y' }}</main>");
        Write("part.sbn", "<p>{{ text }}</p>");
        Write("args.sbn", "<b>{{ $1 }}</b>");

        var output = Render("page.sbn", new ScriptObject { ["text"] = "a<b" }, out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("<main><p>a&lt;b</p>|<p>a&lt;b</p>|<b>x&lt;y</b></main>", output);
    }

    [Fact]
    public void Recursive_functions_render_nested_inline_parts()
    {
        Write("page.sbn", "{{ func parts(list) }}{{ for p in list }}{{ if p.kind == 'strong' }}<strong>{{ parts p.parts }}</strong>{{ else }}{{ p.text }}{{ end }}{{ end }}{{ end }}{{ parts items }}");
        var inner = new ScriptArray { new ScriptObject { ["kind"] = "text", ["text"] = "谴责" } };
        var items = new ScriptArray { new ScriptObject { ["kind"] = "strong", ["parts"] = inner }, new ScriptObject { ["kind"] = "text", ["text"] = "<x>" } };

        var output = Render("page.sbn", new ScriptObject { ["items"] = items }, out _);

        Assert.Equal("<strong>谴责</strong>&lt;x&gt;", output);
    }

    [Fact]
    public void An_unknown_variable_is_a_diagnostic_at_the_template_line_and_column()
    {
        Write("page.sbn", "<p>\n  {{ titel }}</p>");

        var output = Render("page.sbn", new ScriptObject { ["title"] = "x" }, out var diagnostics);

        Assert.Null(output);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("SG4001", diagnostic.Code);
        Assert.Equal(Path.Combine(_directory, "page.sbn"), diagnostic.Path);
        Assert.Equal((2, 6), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void An_unknown_member_is_a_diagnostic()
    {
        Write("page.sbn", "{{ doc.titel }}");

        var output = Render("page.sbn", new ScriptObject { ["doc"] = new ScriptObject { ["title"] = "x" } }, out var diagnostics);

        Assert.Null(output);
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_misspelt_member_of_the_document_view_is_a_diagnostic_at_the_template_line_and_column()
    {
        Write("page.sbn", "{{ for unit in doc.operative }}\n<p>{{ unit.text_html }}{{ unit.permalink_labl }}</p>{{ end }}");
        var strings = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", new DiagnosticBag())!;
        var view = DocumentViewModel.Build(SiteFixtureDocument.Chinese(), strings, MarkupFlavor.Html, new DiagnosticBag());

        var output = Render("page.sbn", new ScriptObject { ["doc"] = view }, out var diagnostics);

        Assert.Null(output);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SG4001", 2, 32), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("permalink_labl", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renderer_writes_the_same_output_on_every_call_and_after_a_failed_one()
    {
        Write("page.sbn", "{{ x = text }}{{ for i in 1..3 }}{{ i }}{{ end }}{{ include 'part.sbn' }}{{ x }}");
        Write("part.sbn", "<b>{{ text }}</b>");
        Write("bad.sbn", "{{ for i in 1..3 }}{{ nothing }}{{ end }}");
        var renderer = new TemplateRenderer(_directory);

        var first = renderer.Render("page.sbn", new ScriptObject { ["text"] = "a" }, new DiagnosticBag());
        var failed = renderer.Render("bad.sbn", new ScriptObject(), new DiagnosticBag());
        var second = renderer.Render("page.sbn", new ScriptObject { ["text"] = "b" }, new DiagnosticBag());
        var third = renderer.Render("page.sbn", new ScriptObject { ["text"] = "a" }, new DiagnosticBag());

        Assert.Null(failed);
        Assert.Equal(("123<b>a</b>a", "123<b>b</b>b"), (first, second));
        Assert.Equal(first, third);
    }

    [Fact]
    public void A_parse_error_is_a_diagnostic_at_the_template_position()
    {
        Write("page.sbn", "ok\n{{ for x in }}");

        var output = Render("page.sbn", new ScriptObject(), out var diagnostics);

        Assert.Null(output);
        Assert.NotEmpty(diagnostics.Items);
        Assert.All(diagnostics.Items, d => Assert.Equal(("SG4001", 2), (d.Code, d.Line)));
    }

    [Fact]
    public void A_parse_error_in_an_included_template_names_the_included_file()
    {
        Write("page.sbn", "{{ include 'bad.sbn' }}");
        Write("bad.sbn", "\n\n{{ if }}");

        var output = Render("page.sbn", new ScriptObject(), out var diagnostics);

        Assert.Null(output);
        var diagnostic = diagnostics.Items[0];
        Assert.Equal((Path.Combine(_directory, "bad.sbn"), 3), (diagnostic.Path, diagnostic.Line));
    }

    [Fact]
    public void Includes_cannot_leave_the_templates_directory()
    {
        Write("page.sbn", "{{ include '../secret.sbn' }}");

        var output = Render("page.sbn", new ScriptObject(), out var diagnostics);

        Assert.Null(output);
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_missing_template_is_a_diagnostic()
    {
        var output = Render("nothing.sbn", new ScriptObject(), out var diagnostics);

        Assert.Null(output);
        Assert.Equal("SG4001", Assert.Single(diagnostics.Items).Code);
    }

    private string? Render(string name, ScriptObject model, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new TemplateRenderer(_directory).Render(name, model, diagnostics);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
