using Microsoft.Extensions.DependencyInjection;
using Scrutor;

namespace DasTern.Modularity;

/// <summary>
/// Adds a convention's registration unless the same implementation is registered already for the
/// same service: a class two conventions select registers once, and several implementations of one
/// service (seed contributors, permission providers) all register. A forwarding registration (a
/// class's interface resolved to the class itself) names no implementation type and is always added.
/// </summary>
public sealed class SkipSameRegistration : RegistrationStrategy
{
    public static readonly SkipSameRegistration Instance = new();

    public override void Apply(IServiceCollection services, ServiceDescriptor descriptor)
    {
        var implementation = descriptor.ImplementationType;
        if (implementation is null || !services.Any(existing => !existing.IsKeyedService && existing.ServiceType == descriptor.ServiceType && existing.ImplementationType == implementation))
        {
            services.Add(descriptor);
        }
    }
}
