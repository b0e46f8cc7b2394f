using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// How templates read the members of one kind of view record: each public property under its snake_case name, read
/// by a delegate bound to its getter once per process. Scriban's own accessor reads a property by reflection at every
/// read (and boxes a new truth value each time); a page reads about fifteen hundred members. The members are those
/// Scriban's accessor would find, under the same names, and like it the accessor never writes.
/// </summary>
internal sealed class TemplateViewAccessor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TView> : IObjectAccessor
    where TView : class
{
    public static readonly TemplateViewAccessor<TView> Instance = new();

    private static readonly object True = true;
    private static readonly object False = false;

    private readonly string[] _names;
    private readonly FrozenDictionary<string, Func<TView, object?>> _members;

    private TemplateViewAccessor()
    {
        var properties = typeof(TView)
            .GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .ToArray();
        _names = [.. properties.Select(Name)];
        _members = properties.ToFrozenDictionary(Name, Reader, StringComparer.Ordinal);
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var read))
        {
            value = read((TView)target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    private static string Name(PropertyInfo property) => StandardMemberRenamer.Default(property);

    // A getter of a reference type binds as it is (its result is already an object); a number is boxed, the truth
    // values are two shared boxes.
    private static Func<TView, object?> Reader(PropertyInfo property)
    {
        var getter = property.GetMethod!;
        var type = property.PropertyType;
        if (!type.IsValueType)
        {
            return getter.CreateDelegate<Func<TView, object?>>();
        }

        if (type == typeof(bool))
        {
            var read = getter.CreateDelegate<Func<TView, bool>>();
            return view => read(view) ? True : False;
        }

        if (type == typeof(int))
        {
            var read = getter.CreateDelegate<Func<TView, int>>();
            return view => read(view);
        }

        if (type == typeof(int?))
        {
            var read = getter.CreateDelegate<Func<TView, int?>>();
            return view => read(view);
        }

        // Any other value is read as Scriban would read it.
        return view => property.GetValue(view);
    }
}
