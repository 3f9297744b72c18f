namespace DasTern.Events;

/// <summary>An outbox handler that fails the probe's first deliveries, as a mail server that is down would.</summary>
public sealed class FlakyProbeHandler : IOutboxEventHandler<ProbeEvent>
{
    public Task HandleEventAsync(ProbeEvent eventData)
    {
        if (ProbeEffects.Record(nameof(FlakyProbeHandler), eventData.Marker) <= eventData.Failures)
        {
            throw new InvalidOperationException("The probe's delivery fails this time.");
        }

        return Task.CompletedTask;
    }
}
