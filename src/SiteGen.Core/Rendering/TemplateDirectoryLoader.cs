using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Loads included templates (<c>{{ include 'site/includes/notes.sbn' }}</c>) from one templates directory;
/// names are relative to that directory and may not leave it.
/// </summary>
internal sealed class TemplateDirectoryLoader(string root) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        TemplateRenderer.Resolve(root, templateName)
        ?? throw new ScriptRuntimeException(callerSpan, $"template name '{templateName}' must be a relative path inside the templates directory");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"template not found: {templatePath}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
