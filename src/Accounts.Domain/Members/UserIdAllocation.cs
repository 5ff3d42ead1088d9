using Accounts.Concurrency;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.UseCases;

namespace Accounts.Members;

/// <summary>
/// Issues the user ID of a new account on a portal that signs in with user IDs: the lowest serial
/// no account of the organization holds. Two use cases that draw the same serial at once collide
/// on the user ID's unique key, and the one that loses runs again and draws the next.
/// </summary>
internal static class UserIdAllocation
{
    /// <summary>The user ID for a new account of a stored organization, <see langword="null"/> when the portal signs in with addresses.</summary>
    public static async ValueTask<Result<string?>> NextAsync(OrganizationSnapshot organization, UseCaseRun run, string target, CancellationToken cancellationToken)
    {
        var policy = run.Policies.SignInIdentifier;
        if (!policy.IssuesUserIds)
        {
            return Result.Success<string?>(null);
        }

        var taken = new bool[policy.SerialCount];
        await foreach (var member in run.Store.ReadGroupAsync(MemberSnapshot.ByOrganization, organization.Id.Value, cancellationToken).ConfigureAwait(false))
        {
            if (policy.SerialOf(organization.Code, member.UserId) is { } serial)
            {
                taken[serial] = true;
            }
        }

        var free = Array.IndexOf(taken, false);
        if (free < 0)
        {
            return MemberErrors.UserIdsExhausted.Error(target);
        }

        // Losing the serial to another writer is a race, not a full organization: retried, and reported as one if it persists.
        run.OnDuplicate(MemberSnapshot.UserIdKey, ConcurrencyErrors.Conflict, target, retry: true);
        return Result.Success<string?>(policy.FormatUserId(organization.Code, free));
    }

    /// <summary>The user ID of the first account of an organization being registered, <see langword="null"/> when the portal signs in with addresses.</summary>
    public static string? First(OrganizationCode code, UseCaseRun run) =>
        run.Policies.SignInIdentifier is { IssuesUserIds: true } policy ? policy.FormatUserId(code, 0) : null;
}
