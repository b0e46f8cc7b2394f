namespace SiteGen.Core.Rendering.Site;

/// <summary>
/// One fact of the document header: <c>name</c> (a class name: symbol, body, session, agenda-item, issued,
/// distribution, original, status, acted-on, meeting, vote, adopted-as), its <c>label</c> and <c>value</c> in the
/// page's language, a link (<c>href</c>, "" for none) and the value's language where it is not the page's (<c>lang</c>).
/// </summary>
internal sealed record HeaderFactView(string Name, string Label, string Value, string Href, string Lang) : ITemplateView<HeaderFactView>;
