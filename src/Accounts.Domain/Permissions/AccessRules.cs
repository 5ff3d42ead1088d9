using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;

namespace Accounts.Permissions;

/// <summary>
/// Decides whether an account may perform an action on an organization: the account must be
/// active, the organization must be its own (or, when the scope allows, one of its units),
/// and the permission matrix must allow the action for its type.
/// </summary>
internal static class AccessRules
{
    /// <summary>Checks an action. Allocation-free when allowed.</summary>
    /// <param name="actor">The acting account.</param>
    /// <param name="target">The organization acted on.</param>
    /// <param name="action">The action.</param>
    /// <param name="matrix">The portal's permission matrix.</param>
    /// <param name="scope">Whether head-office administrators may manage units.</param>
    /// <returns><see langword="null"/> when allowed; otherwise <c>permission.actor_inactive</c>, <c>permission.outside_organization</c> or <c>permission.denied</c>.</returns>
    public static Error? Check(MemberSnapshot actor, OrganizationSnapshot target, PermissionAction action, PermissionMatrix matrix, ManagementScope scope)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(matrix);
        if (actor.Status != MemberStatus.Active)
        {
            return PermissionErrors.ActorInactive.Error(actor.Id.ToString());
        }

        if (!IsInScope(actor.OrganizationId, target, scope))
        {
            return PermissionErrors.OutsideOrganization.Error(target.Id.ToString());
        }

        return matrix.Allows(actor.Type, action) ? null : PermissionErrors.Denied.Error(action.ToString());
    }

    /// <summary>Whether an organization is the actor's own, or one of its units when the scope allows.</summary>
    /// <param name="actorOrganization">The actor's organization.</param>
    /// <param name="target">The organization acted on.</param>
    /// <param name="scope">The management scope.</param>
    public static bool IsInScope(OrganizationId actorOrganization, OrganizationSnapshot target, ManagementScope scope)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Id == actorOrganization
            || (scope == ManagementScope.OwnOrganizationAndUnits && target.HeadOfficeId == actorOrganization);
    }
}
