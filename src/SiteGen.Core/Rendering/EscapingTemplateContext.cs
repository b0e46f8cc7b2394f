using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A template context that escapes every value a template writes (<c>{{ x }}</c>) unless it is an
/// <see cref="HtmlString"/>; the template's own literal text is written as it is.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        var text = ObjectToString(textAsObject);
        return text is null ? this : base.Write(span, HtmlText.Escape(text));
    }
}
