using Scriban;
using Scriban.Runtime;
using SiteGen.Core.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The built-ins bound by hand (<see cref="BoundBuiltins"/>) give what Scriban's own give, results and errors alike,
/// for the ways templates call them: directly, piped, with arguments to convert, with nothing to work on.
/// </summary>
public sealed class BoundBuiltinsTests
{
    public static TheoryData<string> Calls() =>
    [
        "{{ array.size items }}",
        "{{ items | array.size }}",
        "{{ (array.size empty) > 0 }}",
        "{{ array.size nothing }}",
        "{{ array.size 'text' }}",
        "{{ array.size 5 }}",
        "{{ items | array.join ', ' }}",
        "{{ array.join words '' }}",
        "{{ array.join nothing '-' }}",
        "{{ items | array.join 1 }}",
        "{{ words | array.join '+' @string.upcase }}",
        "{{ words | array.join }}",
        "{{ array.last words }}",
        "{{ empty | array.last }}",
        "{{ nothing | array.last }}",
        "{{ words | array.limit 2 | array.join ',' }}",
        "{{ words | array.limit '1' | array.join ',' }}",
        "{{ words | array.limit (words.size - 1) | array.join ', ' }}{{ words | array.last }}",
        "{{ words | array.limit -1 | array.size }}",
        "{{ words | array.limit 'x' }}",
        "{{ 'see {n} and {n}' | string.replace '{n}' 'A/79/1' }}",
        "{{ string.replace 'n = {n}' '{n}' 42 }}",
        "{{ nothing | string.replace 'a' 'b' }}",
        "{{ 'abc' | string.replace '' 'x' }}",
        "{{ 'abc' | string.replace 'b' nothing }}",
        "{{ 'abc' | string.replace 'b' }}",
        "{{ array.size }}",
        // Not bound: found in the groups Scriban makes.
        "{{ words | array.first }}",
        "{{ 'abc' | string.upcase }}",
        "{{ array.no_such_function words }}",
    ];

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_call_gives_what_Scriban_s_own_built_in_gives(string text)
    {
        Assert.Equal(Render(text, new TemplateContext()), Render(text, new TemplateContext(new LazyBuiltins())));
    }

    [Theory]
    [InlineData("array", "size")]
    [InlineData("array", "join")]
    [InlineData("array", "last")]
    [InlineData("array", "limit")]
    [InlineData("string", "replace")]
    public void The_functions_the_shipped_templates_call_are_bound_without_reflection(string group, string name)
    {
        var builtins = new LazyBuiltins();
        Assert.True(builtins.TryGetValue(null, default, group, out var found));
        Assert.True(((ScriptObject)found!).TryGetValue(null, default, name, out var function));
        Assert.IsNotAssignableFrom<DynamicCustomFunction>(function);
    }

    private static string Render(string text, TemplateContext context)
    {
        var model = new ScriptObject
        {
            ["items"] = new ScriptArray { 1, 2, 3 },
            ["words"] = new ScriptArray { "alpha", "beta", "gamma" },
            ["empty"] = new ScriptArray(),
            ["nothing"] = null,
        };
        context.PushGlobal(model);
        try
        {
            return "ok: " + Template.Parse(text).Render(context);
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }
}
