using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace SiteGen.Core.Rendering;

/// <summary>
/// A view record that templates read by its members' names in snake_case (<c>TextHtml</c> is <c>text_html</c>),
/// through an accessor made once for its type (<see cref="TemplateViewAccessor{TView}"/>) rather than Scriban's
/// reflected property reads. A record declares it with its own type: <c>record UnitView : ITemplateView&lt;UnitView&gt;</c>.
/// </summary>
internal interface ITemplateView
{
    IObjectAccessor Accessor { get; }
}

/// <inheritdoc cref="ITemplateView"/>
internal interface ITemplateView<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TView> : ITemplateView
    where TView : class, ITemplateView<TView>
{
    IObjectAccessor ITemplateView.Accessor => TemplateViewAccessor<TView>.Instance;
}
