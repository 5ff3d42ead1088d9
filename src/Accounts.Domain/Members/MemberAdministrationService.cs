using Accounts.Auditing;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.UseCases;
using Ardalis.GuardClauses;

namespace Accounts.Members;

/// <summary>
/// An administrator's work on the organization's members: change a
/// member's type, disable, enable, delete, and list. The last enabled administrator is never
/// removed, demoted or disabled; nobody reaches another organization's members.
/// </summary>
public sealed class MemberAdministrationService
{
    private readonly UseCasePipeline _pipeline;

    internal MemberAdministrationService(UseCasePipeline pipeline) => _pipeline = pipeline;

    /// <summary>Changes a member's type: the new type's quota applies, and the last administrator cannot be demoted.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="type">The new type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> ChangeTypeAsync(MemberId actorId, MemberId memberId, MemberType type, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, memberId, MemberTrigger.ChangeType, MemberAuditActions.ChangeType, type, static (member, type, now) => member.ChangeType(type, now), cancellationToken);

    /// <summary>Switches a member off; it keeps its seat. The last enabled administrator cannot be disabled.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> DisableAsync(MemberId actorId, MemberId memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, memberId, MemberTrigger.Disable, MemberAuditActions.Disable, default(MemberType), static (member, _, now) => member.Disable(now), cancellationToken);

    /// <summary>Switches a disabled member on again.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberView>> EnableAsync(MemberId actorId, MemberId memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, memberId, MemberTrigger.Enable, MemberAuditActions.Enable, default(MemberType), static (member, _, now) => member.Enable(now), cancellationToken);

    /// <summary>Deletes a member; its seat is freed. The last administrator cannot be deleted.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberId>> DeleteAsync(MemberId actorId, MemberId memberId, CancellationToken cancellationToken = default) =>
        EndAsync(_pipeline, actorId, memberId, MemberTrigger.Delete, MemberAuditActions.Delete, cancellationToken);

    /// <summary>Lists one page of an organization's members, ordered by e-mail address.</summary>
    /// <param name="actorId">The acting member.</param>
    /// <param name="organizationId">The organization; the actor's own when left out.</param>
    /// <param name="offset">How many members to skip.</param>
    /// <param name="limit">The most members to return, 1 to 500.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<MemberList>> ListMembersAsync(MemberId actorId, OrganizationId? organizationId = null, int offset = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 500);
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), MemberAuditActions.List, organizationId?.ToString() ?? string.Empty, organizationId),
            organizationId,
            PermissionAction.ViewMembers,
            (Offset: offset, Limit: limit),
            static async (page, access, run, token) =>
            {
                var members = await run.Store.ListMembersAsync(access.Organization.Id, page.Offset, page.Limit, token).ConfigureAwait(false);
                return Outcome<MemberList>.Answer(new MemberList([.. members.Items.Select(member => MemberView.Of(member, run.Now))], members.Total));
            },
            cancellationToken);
    }

    /// <summary>Ends a member by a trigger (delete or revoke): the seat is freed, unless it keeps the organization administered.</summary>
    internal static ValueTask<Result<MemberId>> EndAsync(UseCasePipeline pipeline, MemberId actorId, MemberId memberId, MemberTrigger trigger, string action, CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(actorId);
        Guard.Against.EmptyId(memberId);
        return pipeline.RunForMemberAsync(
            new UseCaseRequest(ActorRef.Member(actorId), action, memberId.ToString()),
            memberId,
            MemberLifecycle.PermissionFor(trigger),
            trigger,
            static (trigger, access, run, token) =>
            {
                var member = Member.FromSnapshot(access.Target);
                var ended = member.End(trigger, run.Now).Then(_ => run.ChangeMember(Organization.FromSnapshot(access.Organization), member, null));
                return new ValueTask<Outcome<MemberId>>(ended.IsFailure ? Outcome<MemberId>.Refuse(ended.Errors) : member.Id);
            },
            cancellationToken);
    }

    private ValueTask<Result<MemberView>> ChangeAsync(
        MemberId actorId,
        MemberId memberId,
        MemberTrigger trigger,
        string action,
        MemberType type,
        Func<Member, MemberType, NodaTime.Instant, Result<Member>> change,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(actorId);
        Guard.Against.EmptyId(memberId);
        return _pipeline.RunForMemberAsync(
            new UseCaseRequest(ActorRef.Member(actorId), action, memberId.ToString()),
            memberId,
            MemberLifecycle.PermissionFor(trigger),
            (Type: type, Change: change),
            static (state, access, run, token) =>
            {
                var member = Member.FromSnapshot(access.Target);
                var changed = state.Change(member, state.Type, run.Now);
                var reseated = changed.Then(after => run.ChangeMember(Organization.FromSnapshot(access.Organization), member, after));
                return new ValueTask<Outcome<MemberView>>(reseated.IsFailure ? Outcome<MemberView>.Refuse(reseated.Errors) : MemberView.Of(changed.Value.ToSnapshot(), run.Now));
            },
            cancellationToken);
    }
}
