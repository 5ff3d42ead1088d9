using System.Collections.Immutable;
using Accounts.Members;
using Accounts.Security;
using NodaTime;

namespace Accounts.Passwords;

/// <summary>The reuse rule, checked against stored hashes, never stored passwords.</summary>
internal static class PasswordHistory
{
    /// <summary>Whether the candidate is the current password or one of the recent ones the policy remembers.</summary>
    /// <param name="credential">The account's credential; <see langword="null"/> when it has none yet.</param>
    /// <param name="candidate">The new password.</param>
    /// <param name="policy">The policy, for <see cref="PasswordPolicy.HistoryDepth"/>.</param>
    /// <param name="hasher">The hasher that made the stored hashes.</param>
    public static bool IsReused(CredentialSnapshot? credential, ReadOnlySpan<char> candidate, PasswordPolicy policy, IPasswordHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(hasher);
        if (credential is null || policy.HistoryDepth == 0)
        {
            return false;
        }

        if (hasher.Verify(credential.PasswordHash, candidate) != PasswordVerificationResult.Failed)
        {
            return true;
        }

        var previous = credential.PreviousPasswordHashes;
        for (var i = 0; i < Math.Min(previous.Length, policy.HistoryDepth - 1); i++)
        {
            if (hasher.Verify(previous[i], candidate) != PasswordVerificationResult.Failed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A first credential: the password's hash, its age starting now.</summary>
    /// <param name="passwordHash">The hash.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="mustChange">Whether it is an issued password that must be changed at first sign-in.</param>
    public static CredentialSnapshot NewCredential(string passwordHash, Instant now, bool mustChange) =>
        new() { PasswordHash = passwordHash, PasswordChangedAt = now, MustChangePassword = mustChange };

    /// <summary>Replaces the password: the old hash moves into the history (as deep as the policy remembers), the age restarts, the change requirement, any lockout and any pending second sign-in step are cleared.</summary>
    /// <param name="credential">The current credential.</param>
    /// <param name="passwordHash">The new password's hash.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="now">The current instant.</param>
    public static CredentialSnapshot Rotate(CredentialSnapshot credential, string passwordHash, PasswordPolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(policy);
        var keep = Math.Max(policy.HistoryDepth - 1, 0);
        var history = keep == 0
            ? ImmutableArray<string>.Empty
            : credential.PreviousPasswordHashes.Insert(0, credential.PasswordHash).Take(keep).ToImmutableArray();
        return credential with
        {
            PasswordHash = passwordHash,
            PasswordChangedAt = now,
            MustChangePassword = false,
            PreviousPasswordHashes = history,
            FailedAttempts = 0,
            LockedOutUntil = null,

            // A second step opened with the old password must not complete a sign-in with it.
            PendingSignIn = null,
        };
    }
}
