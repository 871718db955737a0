using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>
/// Serves every generated action on the absolute route the document gives its operation (the generated
/// attributes put every path below one base path, which is wrong for the Recurly call), so routing and
/// request validation always agree, and puts the <see cref="SpecOperation"/> in the endpoint's metadata, so the
/// pipeline takes the operation routing matched instead of matching again. Actions are found by their route
/// name, which is the operationId.
/// </summary>
public sealed class SpecRouteConvention(PartnerApiDocument document) : IActionModelConvention
{
    /// <inheritdoc />
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var name = selector.AttributeRouteModel?.Name;
            if (name is not null && document.ByOperationId.TryGetValue(name, out var operation))
            {
                selector.AttributeRouteModel!.Template = operation.Route;
                selector.EndpointMetadata.Add(operation);
            }
        }
    }
}
