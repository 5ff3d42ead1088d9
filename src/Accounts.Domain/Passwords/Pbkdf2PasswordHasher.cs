using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Accounts.Security;
using Ardalis.GuardClauses;

namespace Accounts.Passwords;

/// <summary>
/// The default <see cref="IPasswordHasher"/>: PBKDF2-HMAC-SHA256 with a random salt per
/// password, in the versioned format <c>$pbkdf2-sha256$v=1$i=600000$salt$hash</c> (Base64Url),
/// verified in constant time.
/// </summary>
/// <remarks>
/// Hashes carry their parameters, so hashes made with other parameters still verify and are
/// reported as <see cref="PasswordVerificationResult.SucceededRehashNeeded"/> when weaker
/// than the current options.
/// </remarks>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int CurrentVersion = 1;
    private readonly ISecretGenerator _secrets;
    private readonly Pbkdf2Options _options;

    /// <summary>Creates a hasher.</summary>
    /// <param name="secrets">The source of salts.</param>
    /// <param name="options">The parameters; OWASP's by default.</param>
    public Pbkdf2PasswordHasher(ISecretGenerator secrets, Pbkdf2Options? options = null)
    {
        _secrets = Guard.Against.Null(secrets);
        _options = options ?? Pbkdf2Options.Owasp;
    }

    /// <inheritdoc />
    public string Hash(ReadOnlySpan<char> password)
    {
        Span<byte> salt = stackalloc byte[_options.SaltSize];
        Span<byte> hash = stackalloc byte[_options.HashSize];
        _secrets.Fill(salt);
        Rfc2898DeriveBytes.Pbkdf2(password, salt, hash, _options.Iterations, HashAlgorithmName.SHA256);
        var text = string.Create(CultureInfo.InvariantCulture, $"${Scheme}$v={CurrentVersion}$i={_options.Iterations}${Base64Url.EncodeToString(salt)}${Base64Url.EncodeToString(hash)}");
        CryptographicOperations.ZeroMemory(hash);
        return text;
    }

    /// <inheritdoc />
    public PasswordVerificationResult Verify(string hash, ReadOnlySpan<char> password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (!TryParse(hash, out var version, out var iterations, out var salt, out var expected))
        {
            return PasswordVerificationResult.Failed;
        }

        var actual = new byte[expected.Length];
        Rfc2898DeriveBytes.Pbkdf2(password, salt, actual, iterations, HashAlgorithmName.SHA256);
        var matches = CryptographicOperations.FixedTimeEquals(actual, expected);
        CryptographicOperations.ZeroMemory(actual);
        if (!matches)
        {
            return PasswordVerificationResult.Failed;
        }

        return version < CurrentVersion || iterations < _options.Iterations || salt.Length < _options.SaltSize || expected.Length < _options.HashSize
            ? PasswordVerificationResult.SucceededRehashNeeded
            : PasswordVerificationResult.Succeeded;
    }

    private static bool TryParse(string text, out int version, out int iterations, out byte[] salt, out byte[] hash)
    {
        version = 0;
        iterations = 0;
        salt = [];
        hash = [];
        var parts = text.Split('$');
        if (parts.Length != 6 || parts[0].Length != 0 || parts[1] != Scheme
            || !parts[2].StartsWith("v=", StringComparison.Ordinal) || !int.TryParse(parts[2].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out version)
            || !parts[3].StartsWith("i=", StringComparison.Ordinal) || !int.TryParse(parts[3].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || version < 1 || iterations < 1)
        {
            return false;
        }

        try
        {
            salt = Base64Url.DecodeFromChars(parts[4]);
            hash = Base64Url.DecodeFromChars(parts[5]);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= 8 && hash.Length >= 16;
    }
}
