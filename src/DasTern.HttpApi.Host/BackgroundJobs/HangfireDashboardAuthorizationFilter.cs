using DasTern.Authorization;
using DasTern.Platform;
using Hangfire.Dashboard;

namespace DasTern.BackgroundJobs;

/// <summary>The dashboard shows job arguments, so it needs the dashboard permission, checked like any other.</summary>
public sealed class HangfireDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var httpContext = context.GetHttpContext();
        if (httpContext.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var checker = httpContext.RequestServices.GetRequiredService<IPermissionChecker>();
        return await checker.IsGrantedAsync(httpContext.User, PlatformPermissions.HangfireDashboard);
    }
}
