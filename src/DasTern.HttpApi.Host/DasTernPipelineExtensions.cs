using DasTern.Auditing;
using DasTern.BackgroundJobs;
using DasTern.HealthChecks;
using DasTern.Localization;
using DasTern.RateLimiting;
using DasTern.Security;
using DasTern.Tracing;
using DasTern.Validation;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace DasTern;

/// <summary>The request pipeline in the order architecture.md §3 gives.</summary>
public static class DasTernPipelineExtensions
{
    /// <summary>
    /// Serves the API description and its page. Off by default outside Development: the document
    /// maps every route and the permission each needs, which helps an attacker more than a client.
    /// </summary>
    public const string OpenApiEnabledKey = "OpenApi:Enabled";

    public static WebApplication UseDasTernPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        // Before the exception handler, so error answers are written in the caller's language.
        app.UseRequestLocalization(options => options
            .SetDefaultCulture(SupportedLanguages.Default)
            .AddSupportedCultures([.. SupportedLanguages.All])
            .AddSupportedUICultures([.. SupportedLanguages.All]));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRouting();
        app.UseCors(CorsModule.PolicyName);
        // Before the limiters and authentication: refusals there (a 429, a token request the auth
        // server turns down) are requests too. The user is read once the answer is complete.
        app.UseMiddleware<AuditLoggingMiddleware>();
        // Sign-in bodies are read (bounded, time-boxed) before a sign-in permit is taken.
        app.UseMiddleware<SignInRequestGuard>();
        app.UseRateLimiter(RateLimiterSetup.ForSignIn(app.Services));
        // Before authentication: OpenIddict reads the token form there.
        app.UseMiddleware<UnstorableTextMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter(RateLimiterSetup.ForApi(app.Services));
        app.UseAuthorization();

        // Every controller wants a signed-in caller unless it says [AllowAnonymous]; the other
        // endpoints are public or check for themselves, and a route that matches nothing is a 404.
        app.MapControllers().RequireAuthorization();
        if (app.Configuration.GetValue(OpenApiEnabledKey, app.Environment.IsDevelopment()))
        {
            app.MapOpenApi();
            app.MapScalarApiReference(options => options.WithTitle("DasTern API"));
        }

        // Liveness depends on nothing; readiness names each dependency and answers 503 unless all are healthy.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthChecksModule.ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableRateLimiting();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [app.Services.GetRequiredService<HangfireDashboardAuthorizationFilter>()],
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
