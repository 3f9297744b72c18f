using DasTern.Data;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// Seeds the API scope and the two clients when missing. An existing client is left as it is:
/// rewriting it would rehash its secret and change rows on every run.
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

        await CreateIfMissingAsync(MobileClient(settings.MobileClientId, settings.EffectiveMobileRedirectUris), cancellationToken);
        await CreateIfMissingAsync(ServiceClient(settings.ServiceClientId, settings.ServiceClientSecret), cancellationToken);
    }

    /// <summary>Creates a missing client; an existing one only gains permissions it lacks (its secret is kept).</summary>
    private async Task CreateIfMissingAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, existing, cancellationToken);
        var missing = descriptor.Permissions.Except(current.Permissions).ToList();
        var missingRedirects = descriptor.RedirectUris.Except(current.RedirectUris).ToList();
        var missingRequirements = descriptor.Requirements.Except(current.Requirements).ToList();
        if (missing.Count + missingRedirects.Count + missingRequirements.Count > 0)
        {
            current.Permissions.UnionWith(missing);
            current.RedirectUris.UnionWith(missingRedirects);
            current.Requirements.UnionWith(missingRequirements);
            await applications.UpdateAsync(existing, current, cancellationToken);
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
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
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
