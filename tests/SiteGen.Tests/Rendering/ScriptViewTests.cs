using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SiteGen.Core.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// Each view lists its members' names twice, for enumeration and in the switch that finds them: every name listed
/// is found, and each property's name is found exactly when it is listed (a member may be computed, like a note's
/// <c>kind</c>, or present only sometimes, like a unit's <c>toc_label</c>).
/// </summary>
public sealed partial class ScriptViewTests
{
    public static TheoryData<Type> Views() =>
        [.. typeof(ScriptView).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ScriptView)) && !t.IsAbstract)];

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_finds_the_members_it_lists_and_lists_the_members_it_finds(Type view)
    {
        var instance = (ScriptView)RuntimeHelpers.GetUninitializedObject(view);
        var listed = instance.GetMembers().ToList();
        var properties = view.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(p => UpperCase().Replace(p.Name, m => (m.Index == 0 ? "" : "_") + m.Value.ToLowerInvariant()));

        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.All(listed, member => Assert.True(instance.Contains(member), $"{view.Name} lists '{member}' but does not find it"));
        Assert.All(properties, member => Assert.True(instance.Contains(member) == listed.Contains(member), listed.Contains(member) ? $"{view.Name} lists '{member}' but does not find it" : $"{view.Name} finds '{member}' but does not list it"));
        Assert.False(instance.Contains("no_such_member"));
    }

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();
}
