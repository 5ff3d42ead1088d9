using System.Runtime.InteropServices;
using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.UseCases;

/// <summary>
/// One attempt of a use case inside the pipeline: what it loads, who it acts as, what it
/// writes. The pipeline starts it afresh for every attempt, so a retry starts from what the
/// store holds now.
/// </summary>
/// <remarks>
/// A run never outlives its call, so the pipeline keeps one per thread and starts it again
/// for the next call: a use case's own bookkeeping then costs nothing on the heap.
/// </remarks>
internal sealed class UseCaseRun
{
    [ThreadStatic]
    private static UseCaseRun? _spare;

    private UseCasePipeline _pipeline = null!;
    private FewWrites _writes;
    private int _writeCount;
    private List<AggregateWrite>? _moreWrites;
    private OutboxMessage? _mail;
    private List<OutboxMessage>? _moreMail;
    private DuplicateRule? _duplicate;
    private List<DuplicateRule>? _moreDuplicates;
    private MemberSnapshot? _actor;

    private UseCaseRun()
    {
    }

    /// <summary>The instant of the call, read once from the clock.</summary>
    public Instant Now { get; private set; }

    /// <summary>Who acts, as the audit trail records it.</summary>
    public ActorRef Actor { get; private set; }

    /// <summary>The audit action.</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>What the action is about, as the audit trail records it.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>The organization concerned, as the audit trail records it.</summary>
    public OrganizationId? OrganizationId { get; set; }

    public IAggregateStore Store => _pipeline.Store;

    /// <summary>Takes this thread's spare run, or a new one.</summary>
    public static UseCaseRun Rent()
    {
        var run = _spare ?? new UseCaseRun();
        _spare = null;
        return run;
    }

    /// <summary>Hands a finished run back as this thread's spare.</summary>
    public static void Return(UseCaseRun run)
    {
        run.Start(null!, default, default);
        _spare = run;
    }

    /// <summary>Starts an attempt: nothing loaded, nothing queued, the request's actor and target.</summary>
    public void Start(UseCasePipeline pipeline, UseCaseRequest request, Instant now)
    {
        _pipeline = pipeline;
        Actor = request.Actor;
        Action = request.Action ?? string.Empty;
        Target = request.Target ?? string.Empty;
        OrganizationId = request.OrganizationId;
        Now = now;
        _writes = default;
        _writeCount = 0;
        _moreWrites = null;
        _mail = null;
        _moreMail = null;
        _duplicate = null;
        _moreDuplicates = null;
        _actor = null;
    }

    public AccountsPolicies Policies => _pipeline.Policies;

    public ISecretGenerator Secrets => _pipeline.Secrets;

    /// <summary>Records that the person proved who they are (a token, a password).</summary>
    public void ActAs(ActorRef actor) => Actor = actor;

    public void Save<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => Write(AggregateWrite.Save(snapshot));

    public void Delete<TSnapshot>(TSnapshot snapshot)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => Write(AggregateWrite.Delete(snapshot));

    public void Mail(OutboxMessage message)
    {
        if (_mail is null)
        {
            _mail = message;
        }
        else
        {
            (_moreMail ??= []).Add(message);
        }
    }

    /// <summary>Says what a taken unique key means to this use case: the error (about the target field), and whether to run again first.</summary>
    public void OnDuplicate(UniqueKey key, MessageDefinition error, string target, bool retry = false)
    {
        var rule = new DuplicateRule(key, error, target, retry);
        if (_duplicate is null)
        {
            _duplicate = rule;
        }
        else
        {
            (_moreDuplicates ??= []).Add(rule);
        }
    }

    /// <summary>
    /// Changes a member and moves its seat in one step: the organization
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
    public ValueTask<Result<MemberSnapshot>> RequireActorAsync(CancellationToken cancellationToken)
    {
        if (_actor is not null)
        {
            return new(_actor);
        }

        var id = Actor.MemberId ?? throw new InvalidOperationException($"The {Action} use case needs a member as actor, not {Actor.Kind}.");
        var loading = Store.FindMemberAsync(id, cancellationToken);

        // Stores that answer at once (the in-memory one, a cache) skip the state machine.
        return loading.IsCompletedSuccessfully ? new(Remember(loading.Result, id)) : AwaitActorAsync(loading, id);
    }

    private async ValueTask<Result<MemberSnapshot>> AwaitActorAsync(ValueTask<MemberSnapshot?> loading, MemberId id) =>
        Remember(await loading.ConfigureAwait(false), id);

    private Result<MemberSnapshot> Remember(MemberSnapshot? actor, MemberId id)
    {
        if (actor is null)
        {
            return PermissionErrors.ActorUnknown.Error(id.ToString());
        }

        // An account issued with an initial password changes it before anything else: every use
        // case of a member actor passes here, so none but the change itself goes further. A
        // refused actor is not remembered, so asking again is refused again.
        if (actor.Credential is { MustChangePassword: true } && Action != PasswordAuditActions.Change)
        {
            return PasswordErrors.ChangeRequired.Error(id.ToString());
        }

        _actor = actor;
        return actor;
    }

    /// <summary>
    /// Loads the acting member and the organization acted on (the actor's own when none is given)
    /// and checks the permission. The organization becomes the audit entry's.
    /// </summary>
    public ValueTask<Result<ActorAccess>> AuthorizeAsync(OrganizationId? organizationId, PermissionAction permission, CancellationToken cancellationToken)
    {
        var loadingActor = RequireActorAsync(cancellationToken);
        if (!loadingActor.IsCompletedSuccessfully)
        {
            return AwaitAuthorizationAsync(loadingActor, organizationId, permission, cancellationToken);
        }

        var actor = loadingActor.Result;
        if (actor.IsFailure)
        {
            return new(Result.Failure<ActorAccess>(actor.Errors));
        }

        var targetId = organizationId ?? actor.Value.OrganizationId;
        About(targetId);
        var loadingOrganization = Store.FindOrganizationAsync(targetId, cancellationToken);
        return loadingOrganization.IsCompletedSuccessfully
            ? new(Authorize(actor.Value, targetId, loadingOrganization.Result, permission))
            : AwaitOrganizationAsync(actor.Value, targetId, loadingOrganization, permission);
    }

    /// <summary>The organization acted on becomes the audit entry's, and its target when the request named none.</summary>
    private void About(OrganizationId organizationId)
    {
        OrganizationId = organizationId;
        if (Target.Length == 0)
        {
            Target = organizationId.ToString();
        }
    }

    private async ValueTask<Result<ActorAccess>> AwaitAuthorizationAsync(ValueTask<Result<MemberSnapshot>> loadingActor, OrganizationId? organizationId, PermissionAction permission, CancellationToken cancellationToken)
    {
        var actor = await loadingActor.ConfigureAwait(false);
        if (actor.IsFailure)
        {
            return Result.Failure<ActorAccess>(actor.Errors);
        }

        var targetId = organizationId ?? actor.Value.OrganizationId;
        About(targetId);
        var organization = await Store.FindOrganizationAsync(targetId, cancellationToken).ConfigureAwait(false);
        return Authorize(actor.Value, targetId, organization, permission);
    }

    private async ValueTask<Result<ActorAccess>> AwaitOrganizationAsync(MemberSnapshot actor, OrganizationId targetId, ValueTask<OrganizationSnapshot?> loading, PermissionAction permission) =>
        Authorize(actor, targetId, await loading.ConfigureAwait(false), permission);

    private Result<ActorAccess> Authorize(MemberSnapshot actor, OrganizationId targetId, OrganizationSnapshot? organization, PermissionAction permission)
    {
        var denied = organization is null
            ? OrganizationErrors.NotFound.Error(targetId.ToString())
            : AccessRules.Check(actor, organization, permission, Policies.Permissions, Policies.ManagementScope);
        return denied is null ? new ActorAccess(actor, organization!) : denied;
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
        if (_duplicate is { } first && first.Key.Name == key)
        {
            return first;
        }

        foreach (var rule in _moreDuplicates ?? [])
        {
            if (rule.Key.Name == key)
            {
                return rule;
            }
        }

        return null;
    }

    internal ChangeSet ToChangeSet(AuditEntry audit)
    {
        // The actor's rights were checked on the actor as read: the commit fails when the actor
        // changed meanwhile (demoted, disabled, removed), and the next attempt checks again.
        if (_actor is { } actor && !Writes(actor.Id.Value))
        {
            Write(AggregateWrite.Check(actor));
        }

        var writes = new AggregateWrite[_writeCount + (_moreWrites?.Count ?? 0)];
        ((ReadOnlySpan<AggregateWrite>)_writes)[.._writeCount].CopyTo(writes);
        _moreWrites?.CopyTo(writes, _writeCount);
        var mail = new OutboxMessage[_mail is null ? 0 : 1 + (_moreMail?.Count ?? 0)];
        if (_mail is not null)
        {
            mail[0] = _mail;
            _moreMail?.CopyTo(mail, 1);
        }

        return new ChangeSet
        {
            Writes = ImmutableCollectionsMarshal.AsImmutableArray(writes),
            Mail = ImmutableCollectionsMarshal.AsImmutableArray(mail),
            Audit = [audit],
        };
    }

    private bool Writes(Guid id)
    {
        foreach (var write in ((ReadOnlySpan<AggregateWrite>)_writes)[.._writeCount])
        {
            if (write.Id == id)
            {
                return true;
            }
        }

        if (_moreWrites is not null)
        {
            foreach (var write in _moreWrites)
            {
                if (write.Id == id)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Write(AggregateWrite write)
    {
        if (_writeCount < 4)
        {
            _writes[_writeCount++] = write;
        }
        else
        {
            (_moreWrites ??= []).Add(write);
        }
    }
}
