using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Scriban's built-in functions (<c>string.*</c>, <c>array.*</c>, …), made the first time a template asks for one:
/// making them costs more than rendering a page, and a rebuild of one document renders templates that use none.
/// Read-only, as Scriban's own are to templates; shared by every context of every renderer.
/// </summary>
internal sealed class OnDemandBuiltins : ScriptObject
{
    private readonly Lazy<BuiltinFunctions> _builtins = new(() => new BuiltinFunctions { IsReadOnly = true });

    public OnDemandBuiltins()
    {
        IsReadOnly = true;
    }

    public override bool Contains(string member) => _builtins.Value.Contains(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        _builtins.Value.TryGetValue(context, span, member, out value);

    public override bool CanWrite(string member) => false;

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public override bool Remove(string member) => false;
}
