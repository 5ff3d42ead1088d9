using System.Collections.Immutable;
using NodaTime;

namespace Accounts.Members;

/// <summary>The password credential and sign-in state of an account.</summary>
/// <remarks>
/// Passwords are stored only as hashes produced by the configured password hasher; the
/// history holds hashes too. <see cref="ToString"/> shows no hash.
/// </remarks>
public sealed record CredentialSnapshot
{
    /// <summary>The hash of the current password, in the hasher's versioned format.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>When the current password was set; the start of its age.</summary>
    public required Instant PasswordChangedAt { get; init; }

    /// <summary>Whether the password was issued (an initial password) and must be changed before anything else.</summary>
    public bool MustChangePassword { get; init; }

    /// <summary>Hashes of earlier passwords, newest first, as many as the policy's history asks.</summary>
    public ImmutableArray<string> PreviousPasswordHashes { get; init; } = [];

    /// <summary>Failed attempts since the last successful sign-in or lockout.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>Sign-in is refused until this instant, when set.</summary>
    public Instant? LockedOutUntil { get; init; }

    /// <summary>The last successful sign-in.</summary>
    public Instant? LastSignInAt { get; init; }

    /// <summary>The one-time password enrollment, if any.</summary>
    public OneTimePasswordSnapshot? OneTimePassword { get; init; }

    /// <summary>A sign-in waiting for its one-time password, if any.</summary>
    public PendingSignInSnapshot? PendingSignIn { get; init; }

    /// <summary>Shows the state, never a hash.</summary>
    public override string ToString() =>
        $"Credential {{ PasswordChangedAt = {PasswordChangedAt}, MustChangePassword = {MustChangePassword}, History = {PreviousPasswordHashes.Length}, FailedAttempts = {FailedAttempts}, LockedOutUntil = {LockedOutUntil}, OneTimePassword = {OneTimePassword}, PendingSignIn = {PendingSignIn} }}";
}
