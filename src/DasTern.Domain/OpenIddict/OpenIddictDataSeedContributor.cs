using DasTern.Data;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// Seeds the API scope and the two clients. Configuration is authoritative for what it names: an
/// existing client gains missing permissions, its redirect addresses become the configured ones
/// (a development address seeded earlier does not survive into production), and the service
/// client's secret is replaced when it no longer matches the configured one. Nothing is written
/// when everything already matches, so a second run changes no row.
/// </summary>
public sealed class OpenIddictDataSeedContributor(
    IOpenIddictApplicationManager applications,
    IOpenIddictScopeManager scopes,
    IOptions<OpenIddictSeedOptions> options) : IDataSeedContributor
{
    public int Order => 40;

    /// <summary>The custom grant of Google sign-in (mobile apps send a Google ID token).</summary>
    public const string GoogleGrantType = "urn:dastern:params:oauth:grant-type:google";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (await scopes.FindByNameAsync(OpenIddictSeedOptions.ApiScope, cancellationToken) is null)
        {
            await scopes.CreateAsync(
                new OpenIddictScopeDescriptor
                {
                    Name = OpenIddictSeedOptions.ApiScope,
                    DisplayName = "DasTern API",
                    Resources = { OpenIddictSeedOptions.ApiScope },
                },
                cancellationToken);
        }

        await CreateOrUpdateAsync(MobileClient(settings.MobileClientId, settings.EffectiveMobileRedirectUris), cancellationToken);
        await CreateOrUpdateAsync(ServiceClient(settings.ServiceClientId, settings.ServiceClientSecret), cancellationToken);
    }

    private async Task CreateOrUpdateAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, existing, cancellationToken);
        var changed = !descriptor.Permissions.IsSubsetOf(current.Permissions)
            || !descriptor.Requirements.IsSubsetOf(current.Requirements)
            || !descriptor.RedirectUris.SetEquals(current.RedirectUris)
            || !descriptor.PostLogoutRedirectUris.SetEquals(current.PostLogoutRedirectUris);
        if (changed)
        {
            current.Permissions.UnionWith(descriptor.Permissions);
            current.Requirements.UnionWith(descriptor.Requirements);
            current.RedirectUris.Clear();
            current.RedirectUris.UnionWith(descriptor.RedirectUris);
            current.PostLogoutRedirectUris.Clear();
            current.PostLogoutRedirectUris.UnionWith(descriptor.PostLogoutRedirectUris);
            await applications.UpdateAsync(existing, current, cancellationToken);
        }

        if (descriptor.ClientSecret is { Length: > 0 } secret && !await applications.ValidateClientSecretAsync(existing, secret, cancellationToken))
        {
            await applications.UpdateAsync(existing, secret, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor MobileClient(string clientId, IReadOnlyList<string> redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "DasTern mobile and admin apps",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.Password,
                Permissions.GrantTypes.RefreshToken,
                Permissions.Prefixes.GrantType + GoogleGrantType,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Phone,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + OpenIddictSeedOptions.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        // A signed-out browser returns to the same app addresses it signs in from.
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        return descriptor;
    }

    private static OpenIddictApplicationDescriptor ServiceClient(string clientId, string secret) => new()
    {
        ClientId = clientId,
        ClientSecret = secret,
        ClientType = ClientTypes.Confidential,
        DisplayName = "DasTern service client",
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + OpenIddictSeedOptions.ApiScope,
        },
    };
}
