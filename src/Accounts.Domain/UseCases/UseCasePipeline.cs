using System.Diagnostics;
using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Diagnostics;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Security;
using Accounts.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Accounts.UseCases;

/// <summary>
/// The one way a use case runs: it reads the clock once, runs the use case's decision over a
/// fresh <see cref="UseCaseRun"/>, audits a refusal, commits the writes with their audit entry,
/// maps the commit's answer, and runs again on a conflict a bounded number of times, after
/// waiting its turn behind the other writers of the contended aggregate (<see cref="WriterQueue"/>,
/// one per container; without one, retries go at once). No
/// service writes to the audit log or the unit of work itself; an architecture test holds it.
/// </summary>
internal sealed class UseCasePipeline
{
    private readonly IUnitOfWork _unitOfWork;
    private readonly IBulkUnitOfWork? _bulk;
    private readonly IAuditLog _auditLog;
    private readonly IClock _clock;
    private readonly WriterQueue? _writers;

    public UseCasePipeline(IAggregateStore store, IUnitOfWork unitOfWork, IAuditLog auditLog, IClock clock, ISecretGenerator secrets, AccountsPolicies policies, AccountsTelemetry? telemetry = null, ILogger? logger = null, IBulkUnitOfWork? bulk = null, WriterQueue? writers = null) =>
        (Store, _unitOfWork, _bulk, _auditLog, _clock, Secrets, Policies, Telemetry, Logger, _writers) = (store, unitOfWork, bulk ?? unitOfWork as IBulkUnitOfWork, auditLog, clock, secrets, policies, telemetry ?? AccountsTelemetry.Shared, logger ?? NullLogger.Instance, writers);

    public AccountsTelemetry Telemetry { get; }

    /// <summary>The log of the use cases (category <c>Accounts.UseCases</c>).</summary>
    public ILogger Logger { get; }

    public IAggregateStore Store { get; }

    /// <summary>The clock's current instant, for work that starts outside a run (a sweep choosing what is due).</summary>
    public Instant Now => _clock.GetCurrentInstant();

    public ISecretGenerator Secrets { get; }

    public AccountsPolicies Policies { get; }

    /// <summary>Runs a use case.</summary>
    /// <param name="request">Who, what, about what, and how conflicts are retried.</param>
    /// <param name="state">What the decision needs; passing it keeps the decision a static lambda.</param>
    /// <param name="decide">One attempt: load through the run, call the model, queue writes, return an outcome.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<Result<T>> RunAsync<TState, T>(
        UseCaseRequest request,
        TState state,
        Func<TState, UseCaseRun, CancellationToken, ValueTask<Outcome<T>>> decide,
        CancellationToken cancellationToken)
    {
        var now = _clock.GetCurrentInstant();
        var maxAttempts = request.Retry switch
        {
            RetryMode.OnConflict => Policies.MaxCommitAttempts,
            RetryMode.UntilCommitted => int.MaxValue,
            _ => 1,
        };
        using var activity = AccountsTelemetry.Source.StartActivity(request.Action);
        var run = UseCaseRun.Rent();
        WriterQueue.Turn turn = default;
        var inLine = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                run.Start(this, request, now);
                var outcome = await decide(state, run, cancellationToken).ConfigureAwait(false);
                if (outcome.Kind == OutcomeKind.Refuse)
                {
                    return await RefuseAsync(run, outcome.Result, activity, cancellationToken).ConfigureAwait(false);
                }

                if (outcome.Kind == OutcomeKind.Answer)
                {
                    return outcome.Result;
                }

                var audit = new AuditEntry(now, run.Actor, run.Action, run.Target, outcome.AuditAs, outcome.AuditCode, run.OrganizationId);
                var changes = run.ToChangeSet(audit);
                if (!inLine && _writers is not null && run.OrganizationId is { } contended && _writers.HasLine(contended.Value))
                {
                    // Writers are waiting for this organization: committing past them would make them lose again.
                    turn = await _writers.WaitForTurnAsync(contended.Value, cancellationToken).ConfigureAwait(false);
                    inLine = true;
                }

                var commit = request.Bulk && _bulk is not null
                    ? await _bulk.CommitBatchAsync(changes, cancellationToken).ConfigureAwait(false)
                    : await _unitOfWork.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    CountInvitations(changes, run.Action);
                    return outcome.Result;
                }

                // An unforeseen duplicate is treated as a conflict: the next attempt reads the taken value.
                var rule = commit.Status == CommitStatus.Duplicate ? run.DuplicateRuleFor(commit.Key) : null;
                var retry = rule?.Retry ?? true;
                if (rule is null)
                {
                    Telemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("accounts.action", run.Action));
                }

                if (retry && attempt < maxAttempts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    AccountsLog.CommitConflict(Logger, run.Action, run.Target, attempt);
                    Telemetry.Retries.Add(1, new KeyValuePair<string, object?>("accounts.action", run.Action));
                    if (!inLine && _writers is not null)
                    {
                        // Retrying at once would race the same writers again, for a version or for
                        // a value drawn from what they read (the lowest free user ID). The line is the
                        // organization's when there is one: its seats are what writers contend for.
                        turn = await _writers.WaitForTurnAsync(run.OrganizationId?.Value ?? commit.AggregateId ?? Guid.Empty, cancellationToken).ConfigureAwait(false);
                        inLine = true;
                    }

                    continue;
                }

                var error = rule is { } taken ? taken.Error.Error(taken.Target) : ConcurrencyErrors.Conflict.Error(run.Target);
                if (rule is null)
                {
                    AccountsLog.ConflictGaveUp(Logger, run.Action, run.Target, attempt, error.Code);
                }

                return await RefuseAsync(run, Result.Failure<T>(error), activity, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            turn.Dispose();
            UseCaseRun.Return(run);
        }
    }

    /// <summary>Runs a use case of a member acting on an organization: the actor and the organization (the actor's own when none is given) are loaded and the permission checked before the decision sees them.</summary>
    /// <param name="request">Who, what, about what, and how conflicts are retried.</param>
    /// <param name="organizationId">The organization acted on; the actor's own when left out.</param>
    /// <param name="permission">The action the actor needs.</param>
    /// <param name="state">What the decision needs.</param>
    /// <param name="decide">One attempt, given the checked access.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<T>> RunForOrganizationAsync<TState, T>(
        UseCaseRequest request,
        OrganizationId? organizationId,
        PermissionAction permission,
        TState state,
        Func<TState, ActorAccess, UseCaseRun, CancellationToken, ValueTask<Outcome<T>>> decide,
        CancellationToken cancellationToken) =>
        RunAsync(
            request,
            (State: state, Decide: decide, OrganizationId: organizationId, Permission: permission),
            static (s, run, token) => Then(run.AuthorizeAsync(s.OrganizationId, s.Permission, token), s.State, s.Decide, run, token),
            cancellationToken);

    /// <summary>Runs a use case of a member acting on another member: the actor, the target and its organization are loaded and the permission checked before the decision sees them.</summary>
    /// <param name="request">Who, what, about what, and how conflicts are retried.</param>
    /// <param name="memberId">The member acted on.</param>
    /// <param name="permission">The action the actor needs.</param>
    /// <param name="state">What the decision needs.</param>
    /// <param name="decide">One attempt, given the checked access.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<T>> RunForMemberAsync<TState, T>(
        UseCaseRequest request,
        MemberId memberId,
        PermissionAction permission,
        TState state,
        Func<TState, MemberAccess, UseCaseRun, CancellationToken, ValueTask<Outcome<T>>> decide,
        CancellationToken cancellationToken) =>
        RunAsync(
            request,
            (State: state, Decide: decide, MemberId: memberId, Permission: permission),
            static (s, run, token) => Then(run.AuthorizeOnMemberAsync(s.MemberId, s.Permission, token), s.State, s.Decide, run, token),
            cancellationToken);

    /// <summary>Refuses what authorization refused, or hands the access to the decision; without a state machine when authorization answered at once.</summary>
    private static ValueTask<Outcome<T>> Then<TAccess, TState, T>(
        ValueTask<Result<TAccess>> authorizing,
        TState state,
        Func<TState, TAccess, UseCaseRun, CancellationToken, ValueTask<Outcome<T>>> decide,
        UseCaseRun run,
        CancellationToken cancellationToken)
    {
        if (!authorizing.IsCompletedSuccessfully)
        {
            return AwaitThenAsync(authorizing, state, decide, run, cancellationToken);
        }

        var access = authorizing.Result;
        return access.IsSuccess ? decide(state, access.Value, run, cancellationToken) : new(Outcome<T>.Refuse(access.Errors));
    }

    private static async ValueTask<Outcome<T>> AwaitThenAsync<TAccess, TState, T>(
        ValueTask<Result<TAccess>> authorizing,
        TState state,
        Func<TState, TAccess, UseCaseRun, CancellationToken, ValueTask<Outcome<T>>> decide,
        UseCaseRun run,
        CancellationToken cancellationToken)
    {
        var access = await authorizing.ConfigureAwait(false);
        return access.IsSuccess ? await decide(state, access.Value, run, cancellationToken).ConfigureAwait(false) : Outcome<T>.Refuse(access.Errors);
    }

    /// <summary>Counts the invitation mail a committed change queued: an invitation to an address of another organization queues none.</summary>
    private void CountInvitations(ChangeSet changes, string action)
    {
        if (!Telemetry.Invitations.Enabled)
        {
            return;
        }

        foreach (var mail in changes.Mail)
        {
            if (mail.Parameters.Any(static p => p.Name == MailParameterNames.InvitationToken))
            {
                Telemetry.Invitations.Add(1, new KeyValuePair<string, object?>("accounts.action", action));
            }
        }
    }

    /// <summary>Audits a refusal (permission codes as denied, the rest as failed) and returns it.</summary>
    private async ValueTask<Result<T>> RefuseAsync<T>(UseCaseRun run, Result<T> refusal, Activity? activity, CancellationToken cancellationToken)
    {
        var code = refusal.FirstError?.Code ?? "unknown";
        AccountsLog.UseCaseRefused(Logger, run.Action, run.Target, code);
        activity?.SetStatus(ActivityStatusCode.Error, code);
        Telemetry.Refusals.Add(1, new KeyValuePair<string, object?>("accounts.code", code));
        if (code == MemberErrors.QuotaReached.Code)
        {
            Telemetry.QuotaRefusals.Add(1, new KeyValuePair<string, object?>("accounts.action", run.Action));
        }

        var outcome = code.StartsWith("permission.", StringComparison.Ordinal) ? AuditOutcome.Denied : AuditOutcome.Failed;
        await _auditLog.AppendAsync(new AuditEntry(run.Now, run.Actor, run.Action, run.Target, outcome, code, run.OrganizationId), cancellationToken).ConfigureAwait(false);
        return refusal;
    }
}
