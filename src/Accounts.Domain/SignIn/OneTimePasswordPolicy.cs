using NodaTime;

namespace Accounts.SignIn;

/// <summary>Time-based one-time passwords (RFC 6238) as used at sign-in.</summary>
public sealed record OneTimePasswordPolicy
{
    /// <summary>RFC 6238's defaults as authenticator apps expect them: HMAC-SHA-1, 6 digits, 30-second steps, one step of drift either way.</summary>
    public static OneTimePasswordPolicy Default { get; } = new();

    /// <summary>The HMAC algorithm.</summary>
    public TotpAlgorithm Algorithm { get; init; } = TotpAlgorithm.Sha1;

    /// <summary>How many digits a code has.</summary>
    public int Digits { get; init => field = value is >= 6 and <= 8 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A code has 6 to 8 digits."); } = 6;

    /// <summary>The length of a time step.</summary>
    public Duration Step { get; init => field = value >= Duration.FromSeconds(15) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A step lasts at least 15 seconds."); } = Duration.FromSeconds(30);

    /// <summary>How many steps before and after the current one a code is still accepted.</summary>
    public int AllowedDriftSteps { get; init => field = value is >= 0 and <= 3 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Drift lies between 0 and 3 steps."); } = 1;

    /// <summary>The length of a new shared secret in bytes (160 bits, as RFC 4226 recommends).</summary>
    public int SecretLength { get; init => field = value is >= 16 and <= 64 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A secret has 16 to 64 bytes."); } = 20;

    /// <summary>How long the second step of a sign-in may wait for its code.</summary>
    public Duration ChallengeLifetime { get; init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A challenge lifetime is positive."); } = Duration.FromMinutes(5);
}
