using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// Inline content of a unit: a small closed set, so renderers pattern-match instead of re-parsing strings.
/// No markup: text is plain and every renderer escapes it.
/// </summary>
public abstract record Inline(SourceSpan Span);

/// <summary>Plain text, page-break splits already rejoined.</summary>
public sealed record TextRun(string Text, SourceSpan Span) : Inline(Span);

/// <summary>Strong emphasis as the source marks it (the operative verb in Chinese: <c>**最强烈地谴责**</c>).</summary>
public sealed record Strong(ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);

/// <summary>Emphasis as the source marks it (the operative verb in English: <c>*Welcomes*</c>).</summary>
public sealed record Emphasis(ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);

/// <summary>A footnote reference (a superscript number in the source).</summary>
public sealed record NoteRef(int Number, SourceSpan Span) : Inline(Span)
{
    public UnitId Target => UnitId.Footnote(Number);
}

/// <summary>A UN document symbol or resolution number in the text, resolved to a canonical symbol.</summary>
public sealed record SymbolLink(string Text, string Symbol, SourceSpan Span) : Inline(Span);

/// <summary>A web address in the text; <see cref="Url"/> is always absolute http or https.</summary>
public sealed record WebLink(string Text, string Url, SourceSpan Span) : Inline(Span);
