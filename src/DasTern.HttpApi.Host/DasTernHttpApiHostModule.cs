using DasTern.Modularity;
using DasTern.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DasTern;

/// <summary>
/// The API host: every layer below it, plus what only a web host has. Each concern of the host
/// registers itself in a module of its folder (AutoApi, OpenIddict, BackgroundJobs, Redis, ...).
/// </summary>
[DependsOn(typeof(DasTernApplicationModule), typeof(DasTernEntityFrameworkCoreModule))]
public sealed class DasTernHttpApiHostModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextCurrentPrincipalAccessor>();
        services.AddMemoryCache();
        // Login cookies, antiforgery tokens and job arguments must read the same on every instance and after a restart.
        services.AddDataProtection().SetApplicationName("DasTern").PersistKeysToDbContext<EntityFrameworkCore.DasTernDbContext>();
        // Kestrel reads only endpoints and certificates from its section; the limits are bound here.
        services.Configure<KestrelServerOptions>(options => context.Configuration.GetSection("Kestrel:Limits").Bind(options.Limits));
    }
}
