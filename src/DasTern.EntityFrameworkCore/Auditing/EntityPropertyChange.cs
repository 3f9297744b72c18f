namespace DasTern.Auditing;

/// <summary>One property of an entity change as stored: the values serialize as plain JSON (a string, a number, a list), not JSON text inside JSON.</summary>
internal sealed record EntityPropertyChange(string PropertyName, object? OriginalValue, object? NewValue);
