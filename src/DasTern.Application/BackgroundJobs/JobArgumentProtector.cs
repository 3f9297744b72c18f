using System.Security.Cryptography;
using System.Text.Json;
using DasTern.Modularity;
using Microsoft.AspNetCore.DataProtection;

namespace DasTern.BackgroundJobs;

/// <summary>
/// Job arguments are kept in Hangfire's tables and shown on its dashboard; personal data in them
/// (a registration, an email address) is encrypted with the data-protection key ring every instance shares.
/// </summary>
public sealed class JobArgumentProtector(IDataProtectionProvider dataProtection) : ISingletonDependency
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("DasTern.BackgroundJobs.Arguments");

    public string Protect<T>(T value) => _protector.Protect(JsonSerializer.Serialize(value));

    /// <summary>The value, or null when it cannot be read (another key ring, another shape): retrying cannot help then.</summary>
    public T? Unprotect<T>(string protectedValue)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(_protector.Unprotect(protectedValue));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            return null;
        }
    }
}
