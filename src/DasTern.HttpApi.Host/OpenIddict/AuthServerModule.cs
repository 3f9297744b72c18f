using DasTern.Modularity;
using DasTern.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.OpenIddict;

/// <summary>
/// The authorization server (OpenIddict: code + PKCE, password, refresh, client credentials, Google),
/// access-token validation with the revocation list, and the login page's server-side session.
/// </summary>
public sealed class AuthServerModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        var options = context.Configuration.GetSection(AuthServerOptions.SectionName).Get<AuthServerOptions>() ?? new AuthServerOptions();
        var (signingKey, encryptionKey) = SigningKeys.Load(options, context.IsDevelopment, context.ContentRootPath);
        var googleOptions = context.Configuration.GetSection(GoogleOptions.SectionName).Get<GoogleOptions>() ?? new GoogleOptions();

        services.AddOpenIddict()
            .AddServer(server =>
            {
                server.SetIssuer(options.Issuer);
                server.SetTokenEndpointUris("connect/token");
                server.SetAuthorizationEndpointUris("connect/authorize");
                server.SetEndSessionEndpointUris(EndSessionController.Path);
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                // S256 only: a "plain" challenge is the verifier itself and protects nothing once observed.
                server.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.SetRevocationEndpointUris("connect/revoke");
                server.SetIntrospectionEndpointUris("connect/introspect");
                server.SetUserInfoEndpointUris("connect/userinfo");
                server.AddEventHandler(ListRevokedAccessTokens.Descriptor);
                server.AddEventHandler(UseConfiguredIssuerForUris.Descriptor);
                server.AddEventHandler(RecordRejectedTokenRequests.Descriptor);
                server.AddEventHandler(RevokeReplayedSessions.Descriptor);
                server.AddEventHandler(AnswerTemporarilyUnavailableWith503.Descriptor);
                server.AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                // Advertised and accepted only when Google sign-in is configured.
                if (googleOptions.IsEnabled)
                {
                    server.AllowCustomFlow(GoogleOptions.GrantType);
                }
                if (options.EnablePasswordFlow)
                {
                    server.AllowPasswordFlow();
                }

                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                // A refresh token is good for exactly one use; replaying it is refused (no reuse leeway).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.RegisterScopes(Scopes.Email, Scopes.Profile, Scopes.Phone, Scopes.Roles, Scopes.OfflineAccess, OpenIddictSeedOptions.ApiScope);
                server.AddSigningKey(signingKey);
                server.AddEncryptionKey(encryptionKey);
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddEventHandler(RememberValidatedAccessTokens.Descriptor);
                validation.AddEventHandler(RejectRevokedAccessTokens.Descriptor);
                validation.AddEventHandler(RejectAccessTokensNotYetValid.Descriptor);
                validation.AddAudiences(OpenIddictSeedOptions.ApiScope);
                // The Authorization header only: a token in a URL ends up in logs, proxies and browser history.
                validation.UseAspNetCore().DisableAccessTokenExtractionFromQueryString().DisableAccessTokenExtractionFromBodyForm();
            });

        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, AuthServerRequestSchemes>());
        services.AddSingleton<LoginSessionTicketStore>();
        services.AddSingleton<LoginCookieEvents>();
        services.AddAuthentication(CachedBearerHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CachedBearerHandler>(CachedBearerHandler.SchemeName, bearer =>
            {
                bearer.ForwardChallenge = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                bearer.ForwardForbid = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddCookie(LoginCookie.Scheme, cookie =>
            {
                cookie.LoginPath = LoginCookie.LoginPath;
                cookie.ReturnUrlParameter = LoginCookie.ReturnUrlParameter;
                cookie.Cookie.Name = LoginCookie.NameFor(options.RequireHttps);
                cookie.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                cookie.SlidingExpiration = false;
                cookie.EventsType = typeof(LoginCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(LoginCookie.Scheme)
            .Configure<LoginSessionTicketStore>((cookie, store) => cookie.SessionStore = store);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = LoginCookie.AntiforgeryNameFor(options.RequireHttps);
            antiforgery.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<GoogleSigningKeys>();
        services.AddHttpClient(nameof(GoogleSigningKeys)).ConfigureHttpClient((provider, client) =>
        {
            client.Timeout = provider.GetRequiredService<IOptions<GoogleOptions>>().Value.KeyRequestTimeout;
            // Google's key set is a few kilobytes; anything much bigger is not one.
            client.MaxResponseContentBufferSize = 256 * 1024;
        });
        services.AddScoped<GoogleIdTokenValidator>();
        services.AddScoped<GoogleSignIn>();
        services.AddScoped<UserPrincipalFactory>();
        // No fallback policy: it would answer an unknown route 401 instead of 404. The pipeline
        // requires a signed-in user on every controller instead (DasTernPipelineExtensions).
        services.AddAuthorization();

        // Access tokens are checked without the token store: revoked ones are kept in memory on every instance.
        services.AddSingleton<RevokedAccessTokenMirror>();
        services.AddHostedService(provider => provider.GetRequiredService<RevokedAccessTokenMirror>());
        services.AddScoped<IAccessTokenRevocationList, AccessTokenRevocationList>();
        services.AddSingleton<ValidatedAccessTokenCache>();
    }
}
