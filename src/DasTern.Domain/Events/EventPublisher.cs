using System.Collections.Concurrent;
using System.Reflection;
using DasTern.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Events;

/// <summary>Finds an event's handlers in the caller's scope; the outbox is resolved only for events that need it.</summary>
public sealed class EventPublisher(IServiceProvider services) : IEventPublisher, IScopedDependency
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object, Task>> LocalDispatchers = new();

    public async Task PublishAsync(object eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var type = eventData.GetType();
        await LocalDispatchers.GetOrAdd(type, CreateLocalDispatcher)(services, eventData);
        if (HasOutboxHandlers(services, type))
        {
            await services.GetRequiredService<IOutbox>().AddAsync(eventData);
        }
    }

    private static bool HasOutboxHandlers(IServiceProvider services, Type eventType) =>
        services.GetServices(typeof(IOutboxEventHandler<>).MakeGenericType(eventType)).Any();

    private static Func<IServiceProvider, object, Task> CreateLocalDispatcher(Type eventType) =>
        typeof(EventPublisher).GetMethod(nameof(RunLocalHandlersAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, object, Task>>();

    private static async Task RunLocalHandlersAsync<TEvent>(IServiceProvider services, object eventData)
    {
        foreach (var handler in services.GetServices<ILocalEventHandler<TEvent>>())
        {
            await handler.HandleEventAsync((TEvent)eventData);
        }
    }
}
