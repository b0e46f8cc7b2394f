using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A read-only object of a view model that templates read by member name (<c>unit.text_html</c>): a class whose
/// members are found by a switch on their snake_case names, instead of a <see cref="ScriptObject"/> dictionary
/// filled for every unit of every page. No reflection, so NativeAOT keeps working; a name the object does not have
/// is not found, so <c>StrictVariables</c> still reports a misspelt member at its place in the template. Nothing
/// writes to it, so one may be read from several threads.
/// </summary>
public abstract class ScriptView : IScriptObject
{
    /// <summary>What <see cref="Get"/> answers for a name the object does not have.</summary>
    protected static readonly object NoMember = new();

    public int Count => Members.Count;

    public bool IsReadOnly
    {
        get => true;
        set => throw new InvalidOperationException("a view model object is read-only");
    }

    /// <summary>The names of the object's members, in the order its documentation gives them.</summary>
    protected abstract IReadOnlyList<string> Members { get; }

    /// <summary>The value of a member, for tests and code that read the view model; throws when it has no such member.</summary>
    public object? this[string member] =>
        TryGetValue(null, default, member, out var value) ? value : throw new KeyNotFoundException($"no member '{member}'");

    public IEnumerable<string> GetMembers() => Members;

    public bool Contains(string member) => !ReferenceEquals(Get(member), NoMember);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = Get(member);
        if (ReferenceEquals(value, NoMember))
        {
            value = null;
            return false;
        }

        return true;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    // Nothing can change it: a copy would be the same object.
    public IScriptObject Clone(bool deep) => this;

    /// <summary>The value of the member named <paramref name="member"/>, or <see cref="NoMember"/>.</summary>
    protected abstract object? Get(string member);
}
