using DasTern.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace DasTern.AutoApi;

/// <summary>
/// Gives application-service controllers ABP's conventional routes, verbs and binding, their
/// success and problem-details error responses in the API description, and 204 for methods
/// without a result.
/// Actions that declare their own route or verb keep it.
/// </summary>
public sealed class ApplicationServiceConvention : IApplicationModelConvention
{
    private static readonly int[] CommonErrorStatusCodes =
    [
        StatusCodes.Status400BadRequest,
        StatusCodes.Status401Unauthorized,
        StatusCodes.Status403Forbidden,
        StatusCodes.Status500InternalServerError,
    ];

    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers.Where(c => ApplicationServiceTypes.IsApplicationService(c.ControllerType)))
        {
            // A service without a name segment (actions right under the area) is listed under its area.
            var name = ConventionalRouteBuilder.ServiceNameOf(controller.ControllerType);
            controller.ControllerName = name.Length > 0
                ? name
                : RemoteServiceLookup.Find(controller.ControllerType)?.RootPath ?? ConventionalRouteBuilder.DefaultRootPath;
            controller.ApiExplorer.IsVisible = true;
            controller.ApiExplorer.GroupName = null;

            foreach (var action in controller.Actions.ToList())
            {
                if (!RemoteServiceLookup.IsEnabled(action.ActionMethod))
                {
                    controller.Actions.Remove(action);
                    continue;
                }

                ConfigureAction(controller, action);
            }
        }
    }

    private static void ConfigureAction(ControllerModel controller, ActionModel action)
    {
        var route = ConventionalRouteBuilder.Build(controller.ControllerType, action.ActionMethod);
        action.ActionName = action.ActionMethod.Name.EndsWith("Async", StringComparison.Ordinal)
            ? action.ActionMethod.Name[..^"Async".Length]
            : action.ActionMethod.Name;

        foreach (var selector in action.Selectors)
        {
            var hasVerb = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().Any();
            selector.AttributeRouteModel ??= new AttributeRouteModel(new RouteAttribute(route.Template));
            if (!hasVerb)
            {
                selector.ActionConstraints.Add(new HttpMethodActionConstraint([route.Verb]));
                selector.EndpointMetadata.Add(new HttpMethodMetadata([route.Verb]));
            }
        }

        foreach (var parameter in action.Parameters.Where(p => p.BindingInfo?.BindingSource is null))
        {
            parameter.BindingInfo = new BindingInfo { BindingSource = SourceOf(parameter, route) };
        }

        AddResponseMetadata(action, route);
    }

    private static BindingSource SourceOf(ParameterModel parameter, ConventionalRoute route)
    {
        if (route.RouteParameters.Contains(parameter.ParameterName))
        {
            return BindingSource.Path;
        }

        if (!ConventionalRouteBuilder.IsPrimitive(parameter.ParameterType) && !HttpVerbConvention.IsBodyless(route.Verb))
        {
            return BindingSource.Body;
        }

        return BindingSource.Query;
    }

    /// <summary>
    /// Declares the success answer too: once any response type is declared, the API description no
    /// longer infers the 200 and its model from <c>Task&lt;T&gt;</c>.
    /// </summary>
    private static void AddResponseMetadata(ActionModel action, ConventionalRoute route)
    {
        if (ResultTypeOf(action.ActionMethod.ReturnType) is { } resultType)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(resultType, StatusCodes.Status200OK, "application/json"));
        }
        else
        {
            action.Filters.Add(new NoContentResultFilter());
            action.Filters.Add(new ProducesResponseTypeAttribute(StatusCodes.Status204NoContent));
        }

        var statusCodes = CommonErrorStatusCodes.ToList();
        if (route.RouteParameters.Count > 0)
        {
            statusCodes.Add(StatusCodes.Status404NotFound);
        }

        if (!HttpVerbConvention.IsBodyless(route.Verb) || route.Verb == "DELETE")
        {
            statusCodes.Add(StatusCodes.Status409Conflict);
            statusCodes.Add(StatusCodes.Status422UnprocessableEntity);
        }

        foreach (var statusCode in statusCodes)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), statusCode, "application/problem+json"));
        }
    }

    private static Type? ResultTypeOf(Type returnType) =>
        returnType == typeof(Task) || returnType == typeof(void) ? null
        : returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>) ? returnType.GetGenericArguments()[0]
        : returnType;
}
