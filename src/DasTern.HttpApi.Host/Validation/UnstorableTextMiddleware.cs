using DasTern.ExceptionHandling;
using DasTern.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace DasTern.Validation;

/// <summary>
/// Refuses text PostgreSQL cannot store (NUL, unpaired surrogates) in query strings, route values
/// and form posts with a 400 on the member, before anything reads them. Forms matter beyond MVC:
/// OpenIddict reads <c>/connect/token</c> itself, and ASP.NET Core's form reader throws on a NUL.
/// JSON bodies are checked by <see cref="StorableTextJsonModifier"/>.
/// </summary>
public sealed class UnstorableTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ProblemDetailsWriter writer, JsonStringLocalizer localizer)
    {
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, values) in context.Request.Query)
        {
            AddIfUnstorable(members, key, values);
        }

        foreach (var (key, value) in context.Request.RouteValues)
        {
            if (value is string text && !StorableText.IsStorable(text))
            {
                members.Add(key);
            }
        }

        if (members.Count == 0 && context.Request.HasFormContentType)
        {
            await CheckFormAsync(context.Request, members);
        }

        if (members.Count > 0)
        {
            var message = localizer["Validation:UnstorableText"].Value;
            await writer.WriteAsync(
                context,
                StatusCodes.Status400BadRequest,
                CommonErrorCodes.ValidationFailed,
                errors: members.ToDictionary(member => member, _ => new[] { message }, StringComparer.Ordinal));
            return;
        }

        await next(context);
    }

    /// <summary>A form the reader refuses for any other reason (beyond its limits, say) is left to the error handler.</summary>
    private static async Task CheckFormAsync(HttpRequest request, SortedSet<string> members)
    {
        // Buffered, so the raw body can be read again when the form reader refuses it.
        request.EnableBuffering();
        try
        {
            foreach (var (key, values) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
            {
                AddIfUnstorable(members, key, values);
            }
        }
        catch (InvalidDataException)
        {
            // ASP.NET Core's reader refuses a NUL without saying where: find the member in the raw body.
            request.Body.Position = 0;
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            foreach (var (key, values) in QueryHelpers.ParseQuery(await reader.ReadToEndAsync(request.HttpContext.RequestAborted)))
            {
                AddIfUnstorable(members, key, values);
            }

            if (members.Count == 0)
            {
                throw;
            }
        }
    }

    private static void AddIfUnstorable(SortedSet<string> members, string key, StringValues values)
    {
        if (!StorableText.IsStorable(key) || values.Any(value => value is not null && !StorableText.IsStorable(value)))
        {
            members.Add(StorableText.IsStorable(key) ? key : "body");
        }
    }
}
