using System.Security.Cryptography;
using System.Text;
using DasTern.Auditing;
using DasTern.Entities;

namespace DasTern.Identity;

/// <summary>
/// A six-digit code sent by email (to confirm the address or reset the password). Only a salted
/// hash is stored; a code works once, for ten minutes, and takes five guesses at most. Guesses and
/// the single use are counted by atomic updates in the database, so concurrent requests cannot
/// guess more often or use a code twice.
/// </summary>
[AuditIgnore]
public sealed class UserVerificationCode : Entity<Guid>
{
    public const int MaxGuesses = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private UserVerificationCode(Guid id, Guid userId, VerificationCodePurpose purpose, string salt, string codeHash, DateTimeOffset creationTime)
        : base(id)
    {
        UserId = userId;
        Purpose = purpose;
        Salt = salt;
        CodeHash = codeHash;
        CreationTime = creationTime;
        ExpirationTime = creationTime + Lifetime;
    }

    public Guid UserId { get; private set; }

    public VerificationCodePurpose Purpose { get; private set; }

    public string Salt { get; private set; }

    public string CodeHash { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public DateTimeOffset ExpirationTime { get; private set; }

    public DateTimeOffset? UsedTime { get; private set; }

    public int Guesses { get; private set; }

    /// <summary>A new code and its plain text, which exists only to be emailed.</summary>
    public static (UserVerificationCode Code, string PlainText) Create(Guid userId, VerificationCodePurpose purpose, DateTimeOffset now)
    {
        var plainText = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        return (new UserVerificationCode(EntityId.New(), userId, purpose, salt, Hash(salt, plainText), now), plainText);
    }

    public bool IsUsable(DateTimeOffset now) => UsedTime is null && now < ExpirationTime && Guesses < MaxGuesses;

    /// <summary>Compares a guess without changing anything; the repository counts it and marks the use.</summary>
    public bool Matches(string guess) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(Salt, guess.Trim())), Encoding.ASCII.GetBytes(CodeHash));

    private static string Hash(string salt, string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}
