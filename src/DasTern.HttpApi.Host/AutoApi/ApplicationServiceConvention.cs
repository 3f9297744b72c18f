using System.Reflection;
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
            var contracts = ApplicationServiceTypes.ContractsOf(controller.ControllerType).ToList();

            // A service without a name segment (actions right under the area) is listed under its area.
            var contract = contracts.FirstOrDefault() ?? controller.ControllerType;
            var name = ConventionalRouteBuilder.ServiceNameOf(contract);
            controller.ControllerName = name.Length > 0
                ? name
                : RemoteServiceLookup.Find(contract)?.RootPath ?? ConventionalRouteBuilder.DefaultRootPath;
            controller.ApiExplorer.IsVisible = true;
            controller.ApiExplorer.GroupName = null;

            foreach (var action in controller.Actions.ToList())
            {
                // Only contract methods are remote: the contract is all a client proxy can call.
                if (ContractMethodOf(controller.ControllerType, contracts, action.ActionMethod) is not (Type serviceContract, MethodInfo method)
                    || !ConventionalRouteBuilder.IsRemote(serviceContract, method))
                {
                    controller.Actions.Remove(action);
                    continue;
                }

                ConfigureAction(action, ConventionalRouteBuilder.Build(serviceContract, method));
            }
        }
    }

    private static (Type Contract, MethodInfo Method)? ContractMethodOf(Type serviceType, IEnumerable<Type> contracts, MethodInfo implementation)
    {
        foreach (var contract in contracts)
        {
            var map = serviceType.GetInterfaceMap(contract);
            var index = Array.IndexOf(map.TargetMethods, implementation);
            if (index >= 0)
            {
                return (contract, map.InterfaceMethods[index]);
            }
        }

        return null;
    }

    private static void ConfigureAction(ActionModel action, ConventionalRoute route)
    {
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

        // Arguments are placed by position, under the contract's names, whatever the class calls them.
        foreach (var (parameter, placed) in action.Parameters.Zip(route.Parameters).Where(pair => pair.First.BindingInfo?.BindingSource is null))
        {
            parameter.BindingInfo = placed.Source switch
            {
                ParameterSource.Route => new BindingInfo { BindingSource = BindingSource.Path, BinderModelName = placed.Name },
                ParameterSource.Body => new BindingInfo { BindingSource = BindingSource.Body },
                _ when ConventionalRouteBuilder.IsPrimitive(placed.Type) => new BindingInfo { BindingSource = BindingSource.Query, BinderModelName = placed.Name },
                _ => new BindingInfo { BindingSource = BindingSource.Query },
            };
        }

        AddResponseMetadata(action, route);
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
        if (route.HasRouteParameters)
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
