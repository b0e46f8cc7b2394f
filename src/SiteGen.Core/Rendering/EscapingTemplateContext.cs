using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A template context that escapes every value a template writes (<c>{{ x }}</c>) unless it is an
/// <see cref="HtmlString"/> or <see cref="IMarkup"/> (a unit's inline markup, a run of units); the template's own literal text is written as it is.
/// Markup is written in the context's flavour; in XHTML, text is first made representable in XML
/// (<see cref="Epub.XmlSafeText"/>), so a view of a document built for its page serves its e-book as it is.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins, MarkupFlavor flavor) : TemplateContext(builtins), IMarkupOutput
{
    // Scriban forgets the accessors it made at every reset of a context, and a context is reset after every page.
    // An accessor depends only on the type and on the member renaming every context here shares, so one made for
    // a type serves every context for the life of the process.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    // A view record brings its own accessor; anything else (Scriban's own objects, arrays) gets Scriban's.
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target is ITemplateView view
        ? view.Accessor
        : Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.BaseAccessor(state.Target), (Context: this, Target: target));

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html)
        {
            Write(html.Value);
            return this;
        }

        if (textAsObject is IMarkup markup)
        {
            markup.WriteTo(MarkupOutput, flavor);
            return this;
        }

        // Escaped straight into the output, in pieces of the text itself, without an escaped copy of it.
        if (ObjectToString(textAsObject) is { } text)
        {
            ((IMarkupOutput)this).Text(text, flavor);
        }

        return this;
    }

    // Markup goes straight to a writer that keeps it apart from the template's own text (the e-book's file writer,
    // whose well-formedness check need not read it); inside a capture, and for other writers, to the current output.
    private IMarkupOutput MarkupOutput => Output is WriterOutput { Writer: IMarkupOutput writer } ? writer : this;

    // Markup and escaped text go to the current output as they are. Scriban's own Write keeps count of two things
    // on the way, the last line break (for indentation) and the length written (for an output limit), and SiteGen
    // turns both off (TemplateRenderer): an inline part or an escaped value is many small pieces, each worth no more.
    void IMarkupOutput.Write(string text, int start, int count) => Output.Write(text, start, count);

    private IObjectAccessor? BaseAccessor(object target) => base.GetMemberAccessorImpl(target);
}
