using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// OpenIddict builds the discovery document's URLs (token, jwks, authorization endpoints...) from
/// the request's Host header; a forged <c>Host</c> would publish an attacker's addresses. Every
/// request is instead treated as addressed to the configured issuer, so every published URL comes
/// from configuration. Runs right after OpenIddict resolves the request URI, before it matches the
/// request to an endpoint.
/// </summary>
public sealed class UseConfiguredIssuerForUris(IOptions<AuthServerOptions> options) : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<UseConfiguredIssuerForUris>()
            .SetOrder(global::OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (context.BaseUri is { IsAbsoluteUri: true } baseUri && context.RequestUri is { IsAbsoluteUri: true } requestUri)
        {
            var issuer = options.Value.Issuer.AbsoluteUri.EndsWith('/') ? options.Value.Issuer : new Uri(options.Value.Issuer.AbsoluteUri + "/");
            var pathAndQuery = requestUri.PathAndQuery[baseUri.AbsolutePath.TrimEnd('/').Length..].TrimStart('/');
            context.BaseUri = issuer;
            context.RequestUri = new Uri(issuer, pathAndQuery);
        }

        return default;
    }
}
