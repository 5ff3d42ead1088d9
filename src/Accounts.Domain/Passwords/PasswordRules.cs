using System.Collections.Immutable;
using Accounts.Members;
using Accounts.Results;
using Accounts.Security;

namespace Accounts.Passwords;

/// <summary>Everything a new password must pass: the policy's composition rules, the reuse rule against stored hashes and, when the policy asks, the blocklist.</summary>
internal static class PasswordRules
{
    /// <summary>Checks a new password for an account: every violated rule of the policy and the blocklist at once, and reuse only when the policy's rules hold.</summary>
    public static async ValueTask<ImmutableArray<Error>> CheckNewPasswordAsync(
        string password,
        MemberSnapshot account,
        PasswordPolicy policy,
        IPasswordHasher hasher,
        IPasswordBlocklist blocklist,
        CancellationToken cancellationToken)
    {
        var at = account.Email.IndexOf('@', StringComparison.Ordinal);
        var errors = policy.Validate(password, at < 0 ? account.Email : account.Email.AsSpan(0, at));

        // Reuse costs a hash per remembered password; a password the policy already refuses
        // cannot be set anyway, so it is not worth one.
        if (errors.IsEmpty && PasswordHistory.IsReused(account.Credential, password, policy, hasher))
        {
            errors = errors.Add(PasswordErrors.Reused.Error("password"));
        }

        if (policy.CheckBlocklist && await blocklist.ContainsAsync(password, cancellationToken).ConfigureAwait(false))
        {
            errors = errors.Add(PasswordErrors.Blocklisted.Error("password"));
        }

        return errors;
    }
}
