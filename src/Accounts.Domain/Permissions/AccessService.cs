using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Storage;
using NodaTime;

namespace Accounts.Permissions;

/// <summary>
/// Answers a host's question "may this account do this here?", for actions the host carries
/// out itself, such as using a service (R-ACC-2, R-ACC-8). Refusals are audited.
/// </summary>
public sealed class AccessService
{
    private readonly IOrganizationStore _organizations;
    private readonly IMemberStore _accounts;
    private readonly AuditTrail _audit;
    private readonly IClock _clock;
    private readonly AccountsOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="organizations">Organization reads.</param>
    /// <param name="accounts">Account reads.</param>
    /// <param name="auditLog">The audit trail.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The portal's policies.</param>
    public AccessService(IOrganizationStore organizations, IMemberStore accounts, IAuditLog auditLog, IClock clock, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(auditLog);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _organizations = organizations;
        _accounts = accounts;
        _audit = new AuditTrail(auditLog);
        _clock = clock;
        _options = options;
    }

    /// <summary>Checks an action.</summary>
    /// <param name="actorId">The acting account.</param>
    /// <param name="action">The action.</param>
    /// <param name="organizationId">The organization acted on; the actor's own when left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<Result<AccessGranted>> AuthorizeAsync(MemberId actorId, PermissionAction action, OrganizationId? organizationId = null, CancellationToken cancellationToken = default)
    {
        TypedId.ThrowIfEmpty(actorId);
        var scope = new AuditScope(_clock.GetCurrentInstant(), ActorRef.Member(actorId), AuditActions.Authorize, action.ToString(), organizationId);
        var actor = await _accounts.FindAsync(actorId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return await _audit.RefuseAsync<AccessGranted>(PermissionErrors.ActorUnknown.Error(actorId.ToString()), scope, cancellationToken).ConfigureAwait(false);
        }

        var targetId = organizationId ?? actor.OrganizationId;
        scope = scope with { OrganizationId = targetId };
        var organization = await _organizations.FindAsync(targetId, cancellationToken).ConfigureAwait(false);
        var denied = organization is null
            ? OrganizationErrors.NotFound.Error(targetId.ToString())
            : AccessRules.Check(actor, organization, action, _options.Permissions, _options.ManagementScope);
        return denied is null
            ? new AccessGranted(actorId, targetId, actor.Type, action)
            : await _audit.RefuseAsync<AccessGranted>(denied, scope, cancellationToken).ConfigureAwait(false);
    }
}
