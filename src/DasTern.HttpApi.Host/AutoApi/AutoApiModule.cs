using System.Text.Json.Serialization.Metadata;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Modularity;
using DasTern.Services;
using DasTern.Validation;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace DasTern.AutoApi;

/// <summary>
/// Every application service of the composition is an MVC controller with ABP's routes. MVC binds
/// the arguments; it validates nothing itself: the invocation policy does, as for every entry point.
/// </summary>
[DependsOn(typeof(ErrorHandlingModule))]
public sealed class AutoApiModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        var localizer = new JsonStringLocalizer();
        services.AddLocalization();
        services.AddControllers(options =>
            {
                options.Conventions.Add(new ApplicationServiceConvention());
                options.Filters.Add<ApplicationServiceActionFilter>();
                options.ModelValidatorProviders.Clear();
                ModelBindingMessages.Localize(options.ModelBindingMessageProvider, localizer);
            })
            .ConfigureApplicationPartManager(manager =>
            {
                foreach (var assembly in context.Assemblies.Where(assembly => assembly.GetTypes().Any(ApplicationServiceTypes.IsApplicationService)))
                {
                    manager.ApplicationParts.Add(new AssemblyPart(assembly));
                }

                var defaultProvider = manager.FeatureProviders.OfType<ControllerFeatureProvider>().FirstOrDefault();
                if (defaultProvider is not null)
                {
                    manager.FeatureProviders.Remove(defaultProvider);
                }

                manager.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider());
            })
            // Controllers come from the container, so its validation on build covers their dependencies too.
            .AddControllersAsServices()
            .AddJsonOptions(options =>
            {
                WireJson.Configure(options.JsonSerializerOptions);
                options.JsonSerializerOptions.TypeInfoResolver = WithStorableText(options.JsonSerializerOptions.TypeInfoResolver);
                // Serializer messages name CLR types; clients get a generic message per member instead.
                options.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(options => options.SuppressModelStateInvalidFilter = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            WireJson.Configure(options.SerializerOptions);
            options.SerializerOptions.TypeInfoResolver = WithStorableText(options.SerializerOptions.TypeInfoResolver);
        });
    }

    private static IJsonTypeInfoResolver WithStorableText(IJsonTypeInfoResolver? resolver) =>
        (resolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(StorableTextJsonModifier.Apply);
}
