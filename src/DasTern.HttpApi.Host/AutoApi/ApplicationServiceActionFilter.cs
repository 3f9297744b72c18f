using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Services;
using DasTern.Uow;
using DasTern.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DasTern.AutoApi;

/// <summary>
/// For HTTP calls of application services: rejects invalid input as a 400 before anything runs,
/// then runs the action in one unit of work (transactional except for GET), committed before the
/// response is written so a failed commit becomes an error answer, not a lost write.
/// </summary>
public sealed class ApplicationServiceActionFilter(IUnitOfWorkManager unitOfWorkManager) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor descriptor
            || !ApplicationServiceTypes.IsApplicationService(descriptor.ControllerTypeInfo))
        {
            await next();
            return;
        }

        if (!context.ModelState.IsValid)
        {
            throw new ValidationFailedException(ErrorsOf(context.ModelState, context.HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>()));
        }

        var isTransactional = !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(isTransactional, context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await unitOfWork.CompleteAsync(context.HttpContext.RequestAborted);
        }
    }

    /// <summary>When the body is not readable JSON, only the JSON errors are reported, not the follow-on "input is required".</summary>
    private static Dictionary<string, string[]> ErrorsOf(ModelStateDictionary modelState, JsonStringLocalizer localizer)
    {
        var entries = modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).ToList();
        if (entries.Any(entry => entry.Key.StartsWith('$')))
        {
            entries = entries.Where(entry => entry.Key.StartsWith('$')).ToList();
        }

        return entries
            .GroupBy(entry => MemberOf(entry.Key))
            .ToDictionary(
                group => group.Key,
                group => group.SelectMany(entry => entry.Value!.Errors)
                    .Select(error => error.Exception is UnstorableTextException ? localizer["Validation:UnstorableText"].Value
                        : string.IsNullOrEmpty(error.ErrorMessage) ? localizer["Validation:ValueIsInvalid"].Value
                        : error.ErrorMessage)
                    .ToArray());
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
