using Scriban;
using Scriban.Runtime;

namespace SiteGen.Tests.Support;

/// <summary>An object of the view model read by the names templates use (<c>text_html</c>), through Scriban's own accessor.</summary>
internal sealed class TemplateView(object value)
{
    private static readonly TemplateContext Context = new() { MemberRenamer = StandardMemberRenamer.Default };

    public object Value => value;

    public object? this[string member]
    {
        get
        {
            lock (Context)
            {
                var accessor = Context.GetMemberAccessor(value);
                return accessor.TryGetValue(Context, default, value, member, out var result)
                    ? result
                    : throw new KeyNotFoundException($"{value.GetType().Name} has no member '{member}'");
            }
        }
    }
}
