using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.UseCases;

/// <summary>
/// One attempt of a use case inside the pipeline: what it loads, who it acts as, what it
/// writes. The pipeline creates a fresh run for every attempt, so a retry starts from what the
/// store holds now.
/// </summary>
internal sealed class UseCaseRun
{
    private readonly UseCasePipeline _pipeline;
    private List<AggregateWrite>? _writes;
    private List<OutboxMessage>? _mail;
    private List<DuplicateRule>? _duplicates;
    private MemberSnapshot? _actor;

    public UseCaseRun(UseCasePipeline pipeline, UseCaseRequest request, Instant now)
    {
        _pipeline = pipeline;
        Actor = request.Actor;
        Action = request.Action;
        Target = request.Target;
        OrganizationId = request.OrganizationId;
        Now = now;
    }

    /// <summary>The instant of the call, read once from the clock.</summary>
    public Instant Now { get; }

    /// <summary>Who acts, as the audit trail records it.</summary>
    public ActorRef Actor { get; private set; }

    /// <summary>The audit action.</summary>
    public string Action { get; }

    /// <summary>What the action is about, as the audit trail records it.</summary>
    public string Target { get; set; }

    /// <summary>The organization concerned, as the audit trail records it.</summary>
    public OrganizationId? OrganizationId { get; set; }

    public IAggregateStore Store => _pipeline.Store;

    public AccountsPolicies Policies => _pipeline.Policies;

    public ISecretGenerator Secrets => _pipeline.Secrets;

    /// <summary>Records that the person proved who they are (a token, a password).</summary>
    public void ActAs(ActorRef actor) => Actor = actor;

    public void Save<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => (_writes ??= new(4)).Add(AggregateWrite.Save(snapshot));

    public void Delete<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => (_writes ??= new(4)).Add(AggregateWrite.Delete(snapshot));

    public void Mail(OutboxMessage message) => (_mail ??= new(2)).Add(message);

    /// <summary>Says what a taken unique key means to this use case.</summary>
    public void OnDuplicate(UniqueKey key, Error error, bool retry = false) => (_duplicates ??= new(2)).Add(new DuplicateRule(key, error, retry));

    /// <summary>
    /// Changes a member and moves its seat in one step (R-ACC-4, R-ACC-5): the organization
    /// reseats the member, and both writes are queued; a refused reseat queues nothing.
    /// </summary>
    /// <param name="organization">The member's organization, as read.</param>
    /// <param name="before">The member as read; <see langword="null"/> for a new member.</param>
    /// <param name="after">The member as changed; <see langword="null"/> for a member that ends.</param>
    public Result<Organization> ChangeMember(Organization organization, Member? before, Member? after)
    {
        var reseated = organization.Reseat(before, after, Policies.Quotas);
        if (reseated.IsFailure)
        {
            return reseated;
        }

        if (!ReferenceEquals(reseated.Value, organization))
        {
            Save(reseated.Value.ToSnapshot());
        }

        if (after is not null)
        {
            Save(after.ToSnapshot());
        }
        else if (before is not null)
        {
            Delete(before.ToSnapshot());
        }

        return reseated;
    }

    /// <summary>Loads the acting member named by the request: <c>permission.actor_unknown</c> when there is none.</summary>
    public async ValueTask<Result<MemberSnapshot>> RequireActorAsync(CancellationToken cancellationToken)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var id = Actor.MemberId ?? throw new InvalidOperationException($"The {Action} use case needs a member as actor, not {Actor.Kind}.");
        _actor = await Store.FindMemberAsync(id, cancellationToken).ConfigureAwait(false);
        return _actor is null ? PermissionErrors.ActorUnknown.Error(id.ToString()) : _actor;
    }

    /// <summary>
    /// Loads the acting member and the organization acted on (the actor's own when none is given)
    /// and checks the permission (R-ACC-2, R-ACC-8). The organization becomes the audit entry's.
    /// </summary>
    public async ValueTask<Result<ActorAccess>> AuthorizeAsync(OrganizationId? organizationId, PermissionAction permission, CancellationToken cancellationToken)
    {
        var actor = await RequireActorAsync(cancellationToken).ConfigureAwait(false);
        if (actor.IsFailure)
        {
            return Result.Failure<ActorAccess>(actor.Errors);
        }

        var targetId = organizationId ?? actor.Value.OrganizationId;
        OrganizationId = targetId;
        var organization = await Store.FindOrganizationAsync(targetId, cancellationToken).ConfigureAwait(false);
        var denied = organization is null
            ? OrganizationErrors.NotFound.Error(targetId.ToString())
            : AccessRules.Check(actor.Value, organization, permission, Policies.Permissions, Policies.ManagementScope);
        return denied is null ? new ActorAccess(actor.Value, organization!) : denied;
    }

    /// <summary>
    /// Loads the acting member, the member acted on and its organization, and checks the
    /// permission: <c>member.not_found</c> when the target does not exist.
    /// </summary>
    public async ValueTask<Result<MemberAccess>> AuthorizeOnMemberAsync(MemberId targetId, PermissionAction permission, CancellationToken cancellationToken)
    {
        var actor = await RequireActorAsync(cancellationToken).ConfigureAwait(false);
        if (actor.IsFailure)
        {
            return Result.Failure<MemberAccess>(actor.Errors);
        }

        var target = await Store.FindMemberAsync(targetId, cancellationToken).ConfigureAwait(false);
        var organization = target is null ? null : await Store.FindOrganizationAsync(target.OrganizationId, cancellationToken).ConfigureAwait(false);
        if (target is null || organization is null)
        {
            OrganizationId = actor.Value.OrganizationId;
            return MemberErrors.NotFound.Error(targetId.ToString());
        }

        OrganizationId = organization.Id;
        var denied = AccessRules.Check(actor.Value, organization, permission, Policies.Permissions, Policies.ManagementScope);
        return denied is null ? new MemberAccess(actor.Value, target, organization) : denied;
    }

    internal DuplicateRule? DuplicateRuleFor(string? key)
    {
        if (_duplicates is null || key is null)
        {
            return null;
        }

        foreach (var rule in _duplicates)
        {
            if (rule.Key.Name == key)
            {
                return rule;
            }
        }

        return null;
    }

    internal ChangeSet ToChangeSet(AuditEntry audit) => new()
    {
        Writes = _writes is null ? [] : [.. _writes],
        Mail = _mail is null ? [] : [.. _mail],
        Audit = [audit],
    };
}
