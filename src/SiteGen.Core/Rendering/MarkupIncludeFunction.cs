using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose markup is never escaped again. An include that stands as a statement
/// (<c>{{ include "x" }}</c>, as every shipped template uses it) is rendered straight into the page being written,
/// where Scriban's collects it into a string first; an include whose value a template keeps or passes on returns it
/// as <see cref="HtmlString"/>, as Scriban's does as a string.
/// </summary>
internal sealed class MarkupIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            && !call.Arguments.Any(argument => argument is ScriptNamedArgument)
            && arguments.Count > 0
            && context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call) is { } path)
        {
            RenderInPlace(context, context.GetOrCreateTemplate(path, call), arguments, call);
            return null;
        }

        var result = _include.Invoke(context, callerContext, arguments, blockStatement);
        return result is null ? null : new HtmlString(context.ObjectToString(result) ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    // What Scriban's include does (TemplateContext.RenderTemplate) but for the output it collects: nesting counted
    // against the recursion limit, the template's own local scope, its arguments as $0, $1 …. No template here
    // indents what it includes (TemplateRenderer turns indentation off), so there is no indent to carry over.
    private static void RenderInPlace(TemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);

            // Written into the current output; what Render returns, the current output as a string, is not needed.
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
    }
}
