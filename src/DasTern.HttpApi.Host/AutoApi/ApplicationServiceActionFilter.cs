using System.Runtime.ExceptionServices;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Services;
using DasTern.Validation;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DasTern.AutoApi;

/// <summary>
/// HTTP's door to the <see cref="InvocationPolicy"/>: input MVC could not bind is a 400 before
/// anything runs, reported with the policy's own findings on what did bind; then the action runs inside the policy (validation and the unit of work, committed
/// before the response is written, so a failed commit becomes an error answer, not a lost write).
/// The authorization middleware has enforced the action's attributes already, from the endpoint's metadata.
/// </summary>
public sealed class ApplicationServiceActionFilter(InvocationPolicy policy, ArgumentValidator validator, JsonStringLocalizer localizer) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor descriptor
            || !ApplicationServiceTypes.IsApplicationService(descriptor.ControllerTypeInfo))
        {
            await next();
            return;
        }

        var arguments = descriptor.MethodInfo.GetParameters()
            .Select(parameter => context.ActionArguments.TryGetValue(parameter.Name!, out var value) ? value : null)
            .ToArray();
        if (!context.ModelState.IsValid)
        {
            throw new ValidationFailedException(ErrorsOf(context.ModelState, descriptor, arguments));
        }

        await policy.InvokeAsync(
            descriptor.MethodInfo,
            arguments,
            async () =>
            {
                var executed = await next();
                if (executed.Exception is { } exception && !executed.ExceptionHandled)
                {
                    // Thrown on, so the unit of work rolls back; the exception handler answers it.
                    ExceptionDispatchInfo.Capture(exception).Throw();
                }

                return null;
            },
            authorize: false,
            context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Binding errors first, then the validator's on the members that did bind. When the body is not
    /// readable JSON, only the JSON errors are reported, not the follow-on "input is required".
    /// </summary>
    private Dictionary<string, string[]> ErrorsOf(ModelStateDictionary modelState, ControllerActionDescriptor descriptor, object?[] arguments)
    {
        var entries = modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).ToList();
        var unreadableBody = entries.Any(entry => entry.Key.StartsWith('$'));
        if (unreadableBody)
        {
            entries = entries.Where(entry => entry.Key.StartsWith('$')).ToList();
        }

        var errors = entries
            .GroupBy(entry => MemberOf(entry.Key))
            .ToDictionary(
                group => group.Key,
                group => group.SelectMany(entry => entry.Value!.Errors)
                    .Select(error => error.Exception is UnstorableTextException ? localizer["Validation:UnstorableText"].Value
                        : string.IsNullOrEmpty(error.ErrorMessage) ? localizer["Validation:ValueIsInvalid"].Value
                        : error.ErrorMessage)
                    .ToArray());
        if (!unreadableBody)
        {
            foreach (var (member, messages) in validator.ErrorsOf(descriptor.MethodInfo, arguments))
            {
                errors.TryAdd(member, messages);
            }
        }

        return errors;
    }

    /// <summary>JSON paths (<c>$.dosageForm</c>) and prefixed keys (<c>input.Name</c>) both become <c>dosageForm</c>/<c>name</c>.</summary>
    private static string MemberOf(string key)
    {
        var member = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key == "$" ? "body" : key;
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && member[..dot] is "input")
        {
            member = member[(dot + 1)..];
        }

        return member.Length == 0 ? "body" : MemberNames.ToCamelCase(member);
    }
}
