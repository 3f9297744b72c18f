namespace DasTern.Services;

/// <summary>
/// Controls how an application service is exposed over HTTP: <see cref="IsEnabled"/> false hides it;
/// <see cref="RootPath"/> replaces <c>app</c> in <c>/api/app/...</c> (module areas such as
/// <c>permission-management</c>); <see cref="Name"/> replaces the kebab-cased service name.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method)]
public sealed class RemoteServiceAttribute(bool isEnabled = true) : Attribute
{
    public bool IsEnabled { get; } = isEnabled;

    public string? RootPath { get; init; }

    public string? Name { get; init; }
}
