namespace DasTern.Events;

/// <summary>
/// A test event. <see cref="FlakyProbeHandler"/> fails its first <paramref name="Failures"/> deliveries;
/// when <paramref name="Gated"/>, <see cref="ProbeEffectCounter"/> waits inside its handling until the test opens the gate.
/// </summary>
public sealed record ProbeEvent(Guid Marker, int Failures = 0, bool Gated = false)
{
    public string MedicineName => $"Probeine {Marker:N}";
}
