using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.OpenIddict;

/// <summary>
/// Token keys from configuration; in Development, RSA keys created once and kept as PEM files so
/// a restart or a second local instance accepts the same tokens.
/// </summary>
public static class SigningKeys
{
    public static (SecurityKey Signing, SecurityKey Encryption) Load(AuthServerOptions options, bool isDevelopment, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey) && !string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return (FromPem(options.SigningKey), FromPem(options.EncryptionKey));
        }

        if (!isDevelopment)
        {
            throw new InvalidOperationException("AuthServer:SigningKey and AuthServer:EncryptionKey (RSA keys in PEM) are required outside the Development environment.");
        }

        var directory = Path.GetFullPath(options.DevelopmentKeyDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return (FromPem(ReadOrCreate(Path.Combine(directory, "signing-key.pem"))), FromPem(ReadOrCreate(Path.Combine(directory, "encryption-key.pem"))));
    }

    private static RsaSecurityKey FromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    private static string KeyIdOf(RSA rsa) =>
        Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];

    /// <summary>Writes a new key beside the target and moves it into place, so two instances starting together agree on one key.</summary>
    private static string ReadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return File.ReadAllText(path);
    }
}
