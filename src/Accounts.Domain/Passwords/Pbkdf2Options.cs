namespace Accounts.Passwords;

/// <summary>The parameters of <see cref="Pbkdf2PasswordHasher"/>.</summary>
public sealed record Pbkdf2Options
{
    /// <summary>OWASP's Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256: 600,000 iterations, a 16-byte salt, a 32-byte hash.</summary>
    public static Pbkdf2Options Owasp { get; } = new();

    /// <summary>The iteration count. Tests may lower it to keep suites fast; production keeps at least OWASP's.</summary>
    public int Iterations { get; init => field = value >= 1_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Fewer than 1,000 iterations is never acceptable."); } = 600_000;

    /// <summary>The salt length in bytes.</summary>
    public int SaltSize { get; init => field = value is >= 16 and <= 64 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A salt has 16 to 64 bytes."); } = 16;

    /// <summary>The derived hash length in bytes.</summary>
    public int HashSize { get; init => field = value is >= 16 and <= 64 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A hash has 16 to 64 bytes."); } = 32;
}
