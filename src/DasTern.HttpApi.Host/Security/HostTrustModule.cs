using System.Net;
using DasTern.Modularity;
using DasTern.OpenIddict;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace DasTern.Security;

/// <summary>
/// Forwarded client addresses and schemes are believed only from configured proxies (loopback by
/// default), so per-address limits and HTTPS detection cannot be spoofed by a client. Outside
/// Development only the issuer's host is served unless <c>AllowedHosts</c> says otherwise. HSTS for a year.
/// </summary>
public sealed class HostTrustModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var configuration = context.Configuration;
        var services = context.Services;
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation."));
            }
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        if (!context.IsDevelopment && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            var issuer = configuration.GetSection(AuthServerOptions.SectionName).Get<AuthServerOptions>()?.Issuer ?? new AuthServerOptions().Issuer;
            // Host filtering compares names without ports.
            services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = [issuer.IdnHost]);
        }
    }
}
