using System.Collections;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Core.Rendering;

/// <summary>
/// The built-in functions the shipped templates call, bound to Scriban's own methods by hand: <c>array.size</c>,
/// <c>array.join</c>, <c>array.last</c>, <c>array.limit</c> and <c>string.replace</c>. Scriban binds a built-in by
/// reflection, and its first one looks up every built-in method there is (<c>DynamicCustomFunction</c>'s static
/// constructor): about 12 ms on the way to the first page of a build, an eighth of a rebuild after one edit.
/// Each one here declares the parameters Scriban's binding declares, so Scriban converts the arguments the same
/// way before the call, and calls the same method.
/// </summary>
internal static class BoundBuiltins
{
    private static readonly ScriptParameterInfo List = new(typeof(IEnumerable), "list");

    public static IEnumerable<(string Name, IScriptCustomFunction Function)> Array() =>
    [
        ("size", new BoundFunction(typeof(int), [List], (context, span, arguments) => ArrayFunctions.Size(context, span, (IEnumerable?)arguments[0]))),
        ("join", new BoundFunction(
            typeof(string),
            [List, new(typeof(string), "delimiter"), new(typeof(object), "function", null)],
            (context, span, arguments) => ArrayFunctions.Join(context, span, (IEnumerable?)arguments[0], (string?)arguments[1], arguments[2]))),
        ("last", new BoundFunction(typeof(object), [List], (context, span, arguments) => ArrayFunctions.Last(context, span, (IEnumerable?)arguments[0]))),
        ("limit", new BoundFunction(
            typeof(IEnumerable),
            [List, new(typeof(int), "count")],
            (context, span, arguments) => ArrayFunctions.Limit(context, span, (IEnumerable?)arguments[0], (int)arguments[1]!))),
    ];

    public static IEnumerable<(string Name, IScriptCustomFunction Function)> String() =>
    [
        ("replace", new BoundFunction(
            typeof(string),
            [new(typeof(string), "text"), new(typeof(string), "match"), new(typeof(string), "replace")],
            (context, _, arguments) => StringFunctions.Replace(context, (string?)arguments[0], (string?)arguments[1], (string?)arguments[2]))),
    ];

    /// <summary>A function with Scriban's parameters (those with a default value last) and a direct call.</summary>
    private sealed class BoundFunction(Type returnType, ScriptParameterInfo[] parameters, Func<TemplateContext, SourceSpan, ScriptArray, object?> call)
        : IScriptCustomFunction
    {
        public int RequiredParameterCount { get; } = parameters.Count(p => !p.HasDefaultValue);

        public int ParameterCount => parameters.Length;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => returnType;

        public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            call(context, callerContext?.Span ?? default, arguments);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
