using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.Permissions;

/// <summary>
/// Answers a host's question "may this member do this here?", for actions the host carries
/// out itself, such as using a service. Refusals are audited.
/// </summary>
public sealed class AccessService
{
    private readonly UseCasePipeline _pipeline;

    internal AccessService(UseCasePipeline pipeline) => _pipeline = pipeline;

    /// <summary>Checks an action.</summary>
    /// <param name="actorId">The acting member.</param>
    /// <param name="action">The action.</param>
    /// <param name="organizationId">The organization acted on; the actor's own when left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<AccessGranted>> AuthorizeAsync(MemberId actorId, PermissionAction action, OrganizationId? organizationId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(actorId);
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), PermissionAuditActions.Authorize, action.ToString(), organizationId),
            organizationId,
            action,
            action,
            static (action, access, run, token) =>
                new ValueTask<Outcome<AccessGranted>>(Outcome<AccessGranted>.Answer(new AccessGranted(access.Actor.Id, access.Organization.Id, access.Actor.Type, action))),
            cancellationToken);
    }
}
