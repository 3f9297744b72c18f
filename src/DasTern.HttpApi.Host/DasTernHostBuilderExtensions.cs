using System.Net;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DasTern.AutoApi;
using DasTern.Caching;
using DasTern.ExceptionHandling;
using DasTern.HangfireDashboard;
using DasTern.HealthChecks;
using DasTern.Identity;
using DasTern.Localization;
using DasTern.OpenApi;
using DasTern.OpenIddict;
using DasTern.RateLimiting;
using DasTern.Security;
using DasTern.Validation;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern;

/// <summary>The composition root: every layer's services plus the host's own building blocks.</summary>
public static class DasTernHostBuilderExtensions
{
    public const string CorsPolicyName = "DasTern";
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddDasTernHost(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        configuration.AddEnvironmentVariables("DASTERN_");
        var services = builder.Services;

        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);

        services
            .AddDasTernDomain()
            .AddDasTernApplicationContracts()
            .AddDasTernApplication()
            .AddDasTernEntityFrameworkCore(configuration)
            .AddDasTernCaching(configuration)
            .AddDasTernDataSeeding();

        services.AddOptions<Medicines.MedicineCatalogueOptions>().BindConfiguration(Medicines.MedicineCatalogueOptions.SectionName);
        services.AddOptions<Auditing.AuditingOptions>().BindConfiguration(Auditing.AuditingOptions.SectionName);
        services.AddOptions<Emailing.EmailOptions>().BindConfiguration(Emailing.EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Emailing.IEmailSender, Emailing.MailKitEmailSender>();
        services.AddScoped<Auditing.ISecurityLogRecorder, Auditing.SecurityLogRecorder>();
        services.AddMemoryCache();
        // Login cookies and antiforgery tokens must read the same on every instance and after a restart.
        services.AddDataProtection().SetApplicationName("DasTern").PersistKeysToDbContext<EntityFrameworkCore.DasTernDbContext>();
        services.AddOptions<AccessTokenRevocationOptions>().BindConfiguration(AccessTokenRevocationOptions.SectionName);
        services.AddSingleton<RevokedAccessTokenMirror>();
        services.AddHostedService(provider => provider.GetRequiredService<RevokedAccessTokenMirror>());
        services.AddScoped<IAccessTokenRevocationList, AccessTokenRevocationList>();
        services.AddHttpContextAccessor();
        // Kestrel reads only endpoints and certificates from its section; the limits are bound here.
        services.Configure<KestrelServerOptions>(options => configuration.GetSection("Kestrel:Limits").Bind(options.Limits));
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextCurrentPrincipalAccessor>();

        // Errors first: the general problem-details writer must come before the one MVC adds, which
        // writes nothing for controllers it cannot content-negotiate (a 429 written by middleware).
        AddErrors(services);
        AddApi(services);
        AddAuthServer(builder);
        AddBackgroundJobs(services, configuration);
        AddHealthChecks(services, configuration);
        AddCors(services, configuration);
        AddProxyAndHostTrust(builder);
        AddRateLimiting(services);
        return builder;
    }

    private static void AddApi(IServiceCollection services)
    {
        var localizer = new JsonStringLocalizer();
        services.AddLocalization();
        services.AddControllers(options =>
            {
                options.Conventions.Add(new ApplicationServiceConvention());
                options.Filters.Add<ApplicationServiceActionFilter>();
                options.ModelMetadataDetailsProviders.Add(new ValidationMessageKeyProvider());
                ModelBindingMessages.Localize(options.ModelBindingMessageProvider, localizer);
            })
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, _) => localizer)
            .ConfigureApplicationPartManager(manager =>
            {
                manager.ApplicationParts.Add(new AssemblyPart(typeof(DasTernApplicationServiceCollectionExtensions).Assembly));
                var defaultProvider = manager.FeatureProviders.OfType<ControllerFeatureProvider>().FirstOrDefault();
                if (defaultProvider is not null)
                {
                    manager.FeatureProviders.Remove(defaultProvider);
                }

                manager.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider());
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                options.JsonSerializerOptions.TypeInfoResolver = WithStorableText(options.JsonSerializerOptions.TypeInfoResolver);
                // Serializer messages name CLR types; clients get a generic message per member instead.
                options.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(options => options.SuppressModelStateInvalidFilter = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.TypeInfoResolver = WithStorableText(options.SerializerOptions.TypeInfoResolver);
        });

        services.AddOpenApi(options =>
        {
            var bearer = new BearerSecurityTransformer();
            options.AddDocumentTransformer(bearer);
            options.AddOperationTransformer(bearer);
            options.AddSchemaTransformer<ProblemDetailsSchemaTransformer>();
            options.AddDocumentTransformer<OAuthEndpointsTransformer>();
        });
    }

    private static IJsonTypeInfoResolver WithStorableText(IJsonTypeInfoResolver? resolver) =>
        (resolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(StorableTextJsonModifier.Apply);

    private static void AddErrors(IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            ProblemDetailsCustomizer.Customize(context, context.HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>()));
        services.AddSingleton<ProblemDetailsWriter>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
    }

    private static void AddAuthServer(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AuthServerOptions.SectionName);
        services.Configure<AuthServerOptions>(section);
        var options = section.Get<AuthServerOptions>() ?? new AuthServerOptions();
        var (signingKey, encryptionKey) = SigningKeys.Load(options, builder.Environment.IsDevelopment(), builder.Environment.ContentRootPath);
        var googleOptions = builder.Configuration.GetSection(GoogleOptions.SectionName).Get<GoogleOptions>() ?? new GoogleOptions();

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
                validation.AddEventHandler(RejectRevokedAccessTokens.Descriptor);
                validation.AddEventHandler(RejectAccessTokensNotYetValid.Descriptor);
                validation.AddAudiences(OpenIddictSeedOptions.ApiScope);
                // The Authorization header only: a token in a URL ends up in logs, proxies and browser history.
                validation.UseAspNetCore().DisableAccessTokenExtractionFromQueryString().DisableAccessTokenExtractionFromBodyForm();
            });

        services.AddSingleton<LoginSessionTicketStore>();
        services.AddSingleton<LoginCookieEvents>();
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
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
        services.Configure<GoogleOptions>(builder.Configuration.GetSection(GoogleOptions.SectionName));
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
    }

    private static void AddBackgroundJobs(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DasTernEntityFrameworkCoreServiceCollectionExtensions.ConnectionStringName)!;
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = configuration.GetValue("Hangfire:PollInterval", TimeSpan.FromSeconds(15)),
                    // Enqueued jobs (emails, registrations) start at once through LISTEN/NOTIFY instead of the next poll.
                    EnableLongPolling = true,
                }));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", Math.Max(2, Environment.ProcessorCount));
            server.SchedulePollingInterval = configuration.GetValue("Hangfire:PollInterval", TimeSpan.FromSeconds(15));
        });
        services.AddSingleton<HangfireDashboardAuthorizationFilter>();
    }

    /// <summary>
    /// Readiness: PostgreSQL down makes the instance Unhealthy (nearly nothing works), Redis down only
    /// Degraded (everything works, per instance); the revocation list never loaded is Unhealthy.
    /// </summary>
    private static void AddHealthChecks(IServiceCollection services, IConfiguration configuration)
    {
        var timeout = TimeSpan.FromSeconds(3);
        var checks = services.AddHealthChecks()
            .AddNpgSql(
                configuration.GetConnectionString(DasTernEntityFrameworkCoreServiceCollectionExtensions.ConnectionStringName)!,
                name: "postgresql",
                failureStatus: HealthStatus.Unhealthy,
                tags: [ReadyTag],
                timeout: timeout)
            .AddCheck<RevocationListHealthCheck>("revocation-list", HealthStatus.Unhealthy, [ReadyTag], timeout);
        if (!string.IsNullOrWhiteSpace(configuration[DasTernCachingServiceCollectionExtensions.RedisConfigurationKey]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [ReadyTag], timeout);
        }
    }

    /// <summary>
    /// Forwarded client addresses and schemes are believed only from configured proxies (loopback by
    /// default), so per-address limits and HTTPS detection cannot be spoofed by a client. Outside
    /// Development only the issuer's host is served unless <c>AllowedHosts</c> says otherwise.
    /// </summary>
    private static void AddProxyAndHostTrust(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
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
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        if (!builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            var issuer = configuration.GetSection(AuthServerOptions.SectionName).Get<AuthServerOptions>()?.Issuer ?? new AuthServerOptions().Issuer;
            // Host filtering compares names without ports.
            builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = [issuer.IdnHost]);
        }
    }

    private static void AddCors(IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders(Tracing.CorrelationIdMiddleware.HeaderName, "Retry-After")));
    }

    private static void AddRateLimiting(IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName);
        services.AddRateLimiter(_ => { });
        services.AddSingleton<RateLimitPartitions>();
    }

    /// <summary>
    /// Outside Development the host refuses to start with a default or missing admin password, a
    /// development service client secret, or a database in which development credentials still work.
    /// </summary>
    public static void EnsureSafeConfiguration(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }

        var problem = app.Services.GetRequiredService<IOptions<AdminUserOptions>>().Value.ProblemOutsideDevelopment(isDevelopment: false)
            ?? app.Services.GetRequiredService<IOptions<OpenIddictSeedOptions>>().Value.ProblemOutsideDevelopment(isDevelopment: false)
            ?? DevelopmentCredentialsCheck.FindProblemAsync(app.Services, app.Logger).GetAwaiter().GetResult();
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
