using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Model;

/// <summary>
/// A UN document symbol or resolution reference found in the text, resolved to its canonical symbol
/// (<c>A/RES/78/218</c>). <see cref="Text"/> is the linked text as it stands in the unit <see cref="In"/>.
/// </summary>
public sealed record Reference(string Text, string Symbol, UnitId In, SourceSpan Span);
