using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class TemplateViewAccessorTests
{
    // Scriban's own reflected accessor, as a context with SiteGen's member renaming makes it.
    private static readonly TemplateContext Context = new() { MemberRenamer = StandardMemberRenamer.Default };

    public static TheoryData<string> ViewTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ViewRecordTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void A_view_record_shows_templates_the_members_Scriban_would_find_under_the_same_names(string typeName)
    {
        var type = ViewRecordTypes().Single(t => t.FullName == typeName);
        var view = (ITemplateView)RuntimeHelpers.GetUninitializedObject(type);

        var own = view.Accessor.GetMembers(Context, default, view).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(own);
        Assert.Equal(ReflectedNames(type), own);
    }

    [Fact]
    public void Every_member_of_a_document_view_reads_as_Scriban_reads_it()
    {
        var strings = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", new DiagnosticBag())!;
        var document = DocumentViewModel.Build(SiteFixtureDocument.Chinese(), strings, MarkupFlavor.Html, new DiagnosticBag());
        object[] views = [document, document.Preface, document.Operative[0], document.OperativeUnits[1], document.Notes[0]];

        foreach (var view in views)
        {
            var accessor = ((ITemplateView)view).Accessor;
            foreach (var property in view.GetType().GetProperties())
            {
                var name = StandardMemberRenamer.Default(property);
                Assert.True(accessor.TryGetValue(Context, default, view, name, out var value), name);
                Assert.Equal(property.GetValue(view), value);
            }

            Assert.False(accessor.TryGetValue(Context, default, view, "no_such_member", out _));
            Assert.False(accessor.TrySetValue(Context, default, view, "id", "x"));
        }

        Assert.Same(((ITemplateView)document.Operative[0]).Accessor.GetType(), ((ITemplateView)document.Operative[1]).Accessor.GetType());
        Assert.Contains(document.OperativeUnits, unit => unit.HasPath);
    }

    [Fact]
    public void Truth_values_are_read_as_booleans_and_numbers_as_integers()
    {
        var strings = UiStrings.Load(RepositoryPaths.Templates, "zh-Hans", new DiagnosticBag())!;
        var unit = DocumentViewModel.Build(SiteFixtureDocument.Chinese(), strings, MarkupFlavor.Html, new DiagnosticBag()).Operative[0];
        var accessor = ((ITemplateView)unit).Accessor;

        accessor.TryGetValue(Context, default, unit, "has_path", out var hasPath);
        accessor.TryGetValue(Context, default, unit, "number", out var number);

        Assert.Equal(false, hasPath);
        Assert.Equal(unit.Number, number);
    }

    // The member names Scriban's reflected accessor gives a type.
    private static IEnumerable<string> ReflectedNames(Type type)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        var context = new ReflectingContext();
        return context.Reflected(instance).GetMembers(context, default(Scriban.Parsing.SourceSpan), instance).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<Type> ViewRecordTypes() =>
        typeof(ITemplateView).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITemplateView).IsAssignableFrom(t));

    /// <summary>A context that gives Scriban's own accessor for any object, as it would without SiteGen's.</summary>
    private sealed class ReflectingContext : TemplateContext
    {
        public ReflectingContext() => MemberRenamer = StandardMemberRenamer.Default;

        public IObjectAccessor Reflected(object target) => base.GetMemberAccessorImpl(target)!;
    }
}
