namespace DasTern.Events;

/// <summary>An outbox handler whose effect is counted.</summary>
public sealed class ProbeEffectCounter : IOutboxEventHandler<ProbeEvent>
{
    public async Task HandleEventAsync(ProbeEvent eventData)
    {
        ProbeEffects.Record(nameof(ProbeEffectCounter), eventData.Marker);
        if (eventData.Gated)
        {
            await ProbeEffects.PassGateAsync(eventData.Marker);
        }
    }
}
