using DasTern.Localization;
using DasTern.Modularity;
using Microsoft.AspNetCore.Authorization;

namespace DasTern.ExceptionHandling;

/// <summary>
/// RFC 9457 answers for every error. Registered before MVC's: the general problem-details writer
/// must come first, or middleware errors (a 429) on controllers MVC cannot content-negotiate get no body.
/// </summary>
public sealed class ErrorHandlingModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddProblemDetails(options => options.CustomizeProblemDetails = problem =>
            ProblemDetailsCustomizer.Customize(problem, problem.HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>()));
        services.AddSingleton<ProblemDetailsWriter>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
    }
}
