using NodaTime;

namespace Accounts.Members;

/// <summary>A TOTP enrollment: the shared secret, protected at rest, and the replay guard.</summary>
public sealed record OneTimePasswordSnapshot
{
    /// <summary>The shared secret as produced by the secret protector; never the plain secret.</summary>
    public required string ProtectedSecret { get; init; }

    /// <summary>Whether the person proved the enrollment with a first code.</summary>
    public bool Confirmed { get; init; }

    /// <summary>When the enrollment was started.</summary>
    public required Instant EnrolledAt { get; init; }

    /// <summary>The time step of the last accepted code; codes of this step or earlier are refused.</summary>
    public long LastAcceptedTimeStep { get; init; } = -1;

    /// <summary>Shows the state, never the secret.</summary>
    public override string ToString() => $"OneTimePassword {{ Confirmed = {Confirmed}, EnrolledAt = {EnrolledAt} }}";
}
