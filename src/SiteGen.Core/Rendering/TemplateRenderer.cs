using System.Collections.Concurrent;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Renders Scriban templates kept in one templates directory (<c>templates/</c>), shared by the site and the
/// e-book. Templates are parsed once and cached. Variables must exist (<c>StrictVariables</c>), members too; every
/// written value is escaped unless it is markup: an <see cref="HtmlString"/> or a unit's <see cref="InlineMarkup"/>
/// (fields named <c>*_html</c>). Parse and runtime errors become SG4001 diagnostics at the template's file, line and
/// column; rendering never throws for them.
/// One renderer may render from several threads: each call has a context of its own while it runs (contexts are
/// reset and used again by later calls); parsed templates, included ones too, are shared.
/// </summary>
public sealed class TemplateRenderer
{
    // Scriban counts every iteration of a file's nested loops against one budget. Real output stays far below this
    // (a unit, a note or an index row costs a few iterations each); it only stops a template that loops forever.
    internal const int LoopLimit = 10_000_000;

    // Scriban's limit on nested function calls and includes: the shipped templates nest a few levels deep.
    internal const int RecursiveLimit = 100;

    // Scriban's built-in functions (string.*, array.*, …), made once when a template first asks for one, and shared: templates only read them.
    private static readonly OnDemandBuiltins Builtins = new();

    // Shadows the built-in include so that included markup is not escaped a second time: read-only, shared by every render.
    private static readonly ScriptObject Overrides = new() { ["include"] = new MarkupIncludeFunction(), IsReadOnly = true };

    private readonly ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);

    // Included templates, parsed once and handed to every render's context (Scriban caches them per context).
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);

    // Contexts kept from render to render, reset after each one that succeeded: making a context costs more memory
    // than a page's view model (Scriban sets aside argument arrays of every length for each context).
    private readonly ConcurrentBag<TemplateContext> _contexts = [];

    /// <param name="flavor">The markup the templates write, which a unit's inline markup is written in.</param>
    public TemplateRenderer(string templatesDirectory, MarkupFlavor flavor = MarkupFlavor.Html)
    {
        TemplatesDirectory = templatesDirectory;
        Flavor = flavor;
    }

    public string TemplatesDirectory { get; }

    public MarkupFlavor Flavor { get; }

    /// <summary>
    /// Renders the template at <paramref name="templateName"/> (relative to the templates directory, such as
    /// <c>site/document.sbn</c>) with <paramref name="model"/> as its global variables. Returns null when the
    /// template has errors, which are reported to <paramref name="diagnostics"/>.
    /// </summary>
    public string? Render(string templateName, ScriptObject model, DiagnosticBag diagnostics)
    {
        using var output = new StringWriter { NewLine = "\n" };
        return Render(templateName, model, output, diagnostics) ? output.ToString() : null;
    }

    /// <summary>
    /// Renders into <paramref name="output"/> as the template runs, so that a large page is never held whole in
    /// memory. Returns false when the template has errors (reported); what was written by then is incomplete.
    /// </summary>
    public bool Render(string templateName, ScriptObject model, TextWriter output, DiagnosticBag diagnostics)
    {
        var template = Find(templateName, diagnostics);
        if (template is null)
        {
            return false;
        }

        var context = RentContext();
        context.PushGlobal(model);
        context.PushOutput(new WriterOutput(output));
        try
        {
            template.Render(context);
            foreach (var (includePath, included) in context.CachedTemplates)
            {
                _includes.TryAdd(includePath, included);
            }

            // Back to its state when it was made: only the built-ins' global and Scriban's own output left. A
            // context whose render failed may be left inside a loop or a function, and is not used again.
            context.Reset();
            _contexts.Add(context);
            return true;
        }
        catch (ScriptParserRuntimeException exception)
        {
            // An included template that does not parse.
            ReportMessages(exception.ParserMessages, diagnostics);
            return false;
        }
        catch (ScriptRuntimeException exception)
        {
            Report(exception.Span, LimitNamed(exception.OriginalMessage), diagnostics);
            return false;
        }
    }

    /// <summary>
    /// Parses templates ahead of their first render (from another thread while the build reads its content);
    /// a template that is missing, unreadable or does not parse is reported when it is rendered, not here.
    /// </summary>
    public void Preload(IEnumerable<string> templateNames)
    {
        // A first context too, made off the first render's path and kept for it.
        _contexts.Add(CreateContext());
        foreach (var name in templateNames)
        {
            try
            {
                Find(name, new DiagnosticBag());
            }
            catch (IOException)
            {
                // Read again, and reported, at the first render.
            }
        }
    }

    /// <summary>The full path of a template name inside <paramref name="root"/>, or null when the name would leave it.</summary>
    internal static string? Resolve(string root, string templateName)
    {
        if (templateName.Length == 0 || Path.IsPathRooted(templateName) || templateName.Contains('\\'))
        {
            return null;
        }

        var segments = templateName.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".."))
        {
            return null;
        }

        return Path.Combine([root, .. segments]);
    }

    /// <summary>The parsed template of a name, parsed on first use; null (reported) when it is missing or does not parse.</summary>
    private Template? Find(string templateName, DiagnosticBag diagnostics)
    {
        if (!_cache.TryGetValue(templateName, out var template))
        {
            var path = Resolve(TemplatesDirectory, templateName);
            if (path is null || !File.Exists(path))
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, path ?? templateName, 1, 1, $"template not found: {templateName}");
                return null;
            }

            template = _cache.GetOrAdd(templateName, _ => Template.Parse(File.ReadAllText(path), path));
        }

        if (template.HasErrors)
        {
            ReportMessages(template.Messages, diagnostics);
            return null;
        }

        return template;
    }

    private TemplateContext RentContext()
    {
        var context = _contexts.TryTake(out var kept) ? kept : CreateContext();
        foreach (var (includePath, included) in _includes)
        {
            context.CachedTemplates.TryAdd(includePath, included);
        }

        context.PushGlobal(Overrides);
        return context;
    }

    private TemplateContext CreateContext() => new EscapingTemplateContext(Builtins, Flavor)
    {
        TemplateLoader = new TemplateDirectoryLoader(TemplatesDirectory),
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        LoopLimit = LoopLimit,
        RecursiveLimit = RecursiveLimit,
        // Scriban cuts a string, and a file's whole output, at one million characters by default and ends it in
        // "...": a page, an index or a title is never cut (the size of a file is bounded by its source and the
        // source limit); a conversion that would still exceed a limit is an error, never a silent cut.
        LimitToString = 0,
        OutputLimit = 0,
        OnStringLimit = ScriptLimitBehavior.Throw,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        NewLine = "\n",
        // No template indents what it includes. With Scriban's automatic indentation on, every piece written after
        // a template tag is searched for line breaks and written line by line, to indent by what precedes the tag.
        AutoIndent = false,
        // The view model's records are read by their members' names in snake_case: TextHtml is text_html.
        MemberRenamer = StandardMemberRenamer.Default,
    };

    /// <summary>A runtime message, saying so when it is one of the template limits SiteGen sets.</summary>
    private static string LimitNamed(string message) =>
        message.Contains("limit", StringComparison.OrdinalIgnoreCase)
            ? $"the template reached a limit (SiteGen allows {LoopLimit:N0} loop iterations and {RecursiveLimit} nested calls or includes per file): {message}"
            : message;

    private static void ReportMessages(IEnumerable<Scriban.Parsing.LogMessage> messages, DiagnosticBag diagnostics)
    {
        foreach (var message in messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            Report(message.Span, message.Message, diagnostics);
        }
    }

    // Scriban positions are 0-based; diagnostics are 1-based.
    private static void Report(Scriban.Parsing.SourceSpan span, string message, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCatalog.TemplateError, span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1, message);
}
