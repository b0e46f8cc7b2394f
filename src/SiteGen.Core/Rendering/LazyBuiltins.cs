using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Scriban's built-in functions (<c>array.*</c>, <c>string.*</c>, …), each group made the first time a template
/// names it. Scriban's own built-in object makes all eight groups at once, by reflection over their methods, which
/// took about 19 ms of CPU at the start of every build of the native executable; the shipped templates name two.
/// The functions they call from those two are bound by hand (<see cref="BoundBuiltins"/>); a group is made by
/// reflection only when a template names one of its other functions. Read-only and shared by every context, like
/// the groups it hands out.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<ScriptObject>> Groups = new(StringComparer.Ordinal)
    {
        ["array"] = Group(() => new BoundGroup(new(() => new ArrayFunctions()), BoundBuiltins.Array())),
        ["date"] = Group(() => new DateTimeFunctions()),
        ["html"] = Group(() => new HtmlFunctions()),
        ["math"] = Group(() => new MathFunctions()),
        ["object"] = Group(() => new ObjectFunctions()),
        ["regex"] = Group(() => new RegexFunctions()),
        ["string"] = Group(() => new BoundGroup(new(() => new StringFunctions()), BoundBuiltins.String())),
        ["timespan"] = Group(() => new TimeSpanFunctions()),
    };

    public LazyBuiltins()
    {
        // The cheap ones, as Scriban's built-in object has them.
        SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        SetValue("include", new IncludeFunction(), readOnly: true);
        SetValue("include_join", new IncludeJoinFunction(), readOnly: true);
        IsReadOnly = true;
    }

    public override bool Contains(string member) => Groups.ContainsKey(member) || base.Contains(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (Groups.TryGetValue(member, out var group))
        {
            value = group.Value;
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }

    public override bool CanWrite(string member) => false;

    private static Lazy<ScriptObject> Group(Func<ScriptObject> create) => new(() =>
    {
        var group = create();
        group.IsReadOnly = true;
        return group;
    });

    /// <summary>A group whose functions named in <paramref name="bound"/> are bound by hand; the others, by Scriban, when first named.</summary>
    private sealed class BoundGroup : ScriptObject
    {
        private readonly Lazy<ScriptObject> _reflected;

        public BoundGroup(Lazy<ScriptObject> reflected, IEnumerable<(string Name, IScriptCustomFunction Function)> bound)
        {
            _reflected = reflected;
            foreach (var (name, function) in bound)
            {
                SetValue(name, function, readOnly: true);
            }
        }

        public override bool Contains(string member) => base.Contains(member) || _reflected.Value.Contains(member);

        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
            base.TryGetValue(context, span, member, out value) || _reflected.Value.TryGetValue(context, span, member, out value);

        public override bool CanWrite(string member) => false;
    }
}
