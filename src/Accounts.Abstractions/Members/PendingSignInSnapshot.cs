using NodaTime;

namespace Accounts.Members;

/// <summary>A sign-in whose password was right and that waits for a one-time password.</summary>
public sealed record PendingSignInSnapshot
{
    /// <summary>The SHA-256 hash of the challenge token's secret, Base64Url.</summary>
    public required string ChallengeHash { get; init; }

    /// <summary>When the challenge stops being accepted.</summary>
    public required Instant ExpiresAt { get; init; }

    /// <summary>Shows the expiry, never the hash.</summary>
    public override string ToString() => $"PendingSignIn {{ ExpiresAt = {ExpiresAt} }}";
}
