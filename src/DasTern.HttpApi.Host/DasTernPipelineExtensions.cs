using DasTern.Auditing;
using DasTern.Emailing;
using DasTern.HangfireDashboard;
using DasTern.HealthChecks;
using DasTern.Localization;
using DasTern.RateLimiting;
using DasTern.Security;
using DasTern.Tracing;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace DasTern;

/// <summary>The request pipeline in the order architecture.md §3 gives.</summary>
public static class DasTernPipelineExtensions
{
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
        app.UseCors(DasTernHostBuilderExtensions.CorsPolicyName);
        // Sign-in bodies are read (bounded, time-boxed) before a sign-in permit is taken.
        app.UseMiddleware<SignInRequestGuard>();
        app.UseRateLimiter(RateLimiterSetup.ForSignIn(app.Services));
        app.UseAuthentication();
        app.UseRateLimiter(RateLimiterSetup.ForApi(app.Services));
        app.UseMiddleware<AuditLoggingMiddleware>();
        app.UseAuthorization();

        app.MapControllers();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithTitle("DasTern API")).AllowAnonymous();
        // Liveness depends on nothing; readiness names each dependency and answers 503 unless all are healthy.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DasTernHostBuilderExtensions.ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [app.Services.GetRequiredService<HangfireDashboardAuthorizationFilter>()],
            DisplayStorageConnectionString = false,
        }).AllowAnonymous();
        var recurringJobs = app.Services.GetRequiredService<IRecurringJobManager>();
        recurringJobs.AddOrUpdate<AuditRetentionJob>(AuditRetentionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily());
        recurringJobs.AddOrUpdate<EmailOutboxSweepJob>(EmailOutboxSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurringJobs.AddOrUpdate<RevokedAccessTokenPruneJob>(RevokedAccessTokenPruneJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        return app;
    }
}
