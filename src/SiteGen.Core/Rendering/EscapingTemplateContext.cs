using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A template context that escapes every value a template writes (<c>{{ x }}</c>) unless it is an
/// <see cref="HtmlString"/> or <see cref="InlineMarkup"/>; the template's own literal text is written as it is.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins), IMarkupOutput
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        if (textAsObject is InlineMarkup markup)
        {
            markup.WriteTo(this);
            return this;
        }

        var text = ObjectToString(textAsObject);
        return text is null ? this : base.Write(span, HtmlText.Escape(text));
    }

    void IMarkupOutput.Write(string text, int start, int count) => Write(text, start, count);
}
