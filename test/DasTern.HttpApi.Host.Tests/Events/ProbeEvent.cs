namespace DasTern.Events;

/// <summary>A test event; <see cref="FlakyProbeHandler"/> fails its first <paramref name="Failures"/> deliveries.</summary>
public sealed record ProbeEvent(Guid Marker, int Failures = 0)
{
    public string MedicineName => $"Probeine {Marker:N}";
}
