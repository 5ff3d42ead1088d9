using Accounts.Auditing;
using Accounts.Concurrency;
using Accounts.DependencyInjection;
using Accounts.Results;
using Accounts.Security;
using Accounts.Storage;
using NodaTime;

namespace Accounts.UseCases;

/// <summary>
/// The one way a use case runs: it reads the clock once, runs the use case's decision over a
/// fresh <see cref="UseCaseRun"/>, audits a refusal, commits the writes with their audit entry,
/// maps the commit's answer, and runs again on a conflict a bounded number of times. No
/// service writes to the audit log or the unit of work itself; an architecture test holds it.
/// </summary>
internal sealed class UseCasePipeline
{
    private readonly IUnitOfWork _unitOfWork;
    private readonly IAuditLog _auditLog;
    private readonly IClock _clock;

    public UseCasePipeline(IAggregateStore store, IUnitOfWork unitOfWork, IAuditLog auditLog, IClock clock, ISecretGenerator secrets, AccountsPolicies policies) =>
        (Store, _unitOfWork, _auditLog, _clock, Secrets, Policies) = (store, unitOfWork, auditLog, clock, secrets, policies);

    public IAggregateStore Store { get; }

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
        var maxAttempts = request.Retry == RetryMode.OnConflict ? Policies.MaxCommitAttempts : 1;
        var run = UseCaseRun.Rent();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                run.Start(this, request, now);
                var outcome = await decide(state, run, cancellationToken).ConfigureAwait(false);
                if (outcome.Kind == OutcomeKind.Refuse)
                {
                    return await RefuseAsync(run, outcome.Result, cancellationToken).ConfigureAwait(false);
                }

                if (outcome.Kind == OutcomeKind.Answer)
                {
                    return outcome.Result;
                }

                var audit = new AuditEntry(now, run.Actor, run.Action, run.Target, outcome.AuditAs, outcome.AuditCode, run.OrganizationId);
                var commit = await _unitOfWork.CommitAsync(run.ToChangeSet(audit), cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    return outcome.Result;
                }

                // An unforeseen duplicate is treated as a conflict: the next attempt reads the taken value.
                var rule = commit.Status == CommitStatus.Duplicate ? run.DuplicateRuleFor(commit.Key) : null;
                var retry = rule?.Retry ?? true;
                if (retry && attempt < maxAttempts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    continue;
                }

                var error = rule is { } taken ? taken.Error.Error(taken.Target) : ConcurrencyErrors.Conflict.Error(run.Target);
                return await RefuseAsync(run, Result.Failure<T>(error), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            UseCaseRun.Return(run);
        }
    }

    /// <summary>Audits a refusal (permission codes as denied, the rest as failed) and returns it.</summary>
    private async ValueTask<Result<T>> RefuseAsync<T>(UseCaseRun run, Result<T> refusal, CancellationToken cancellationToken)
    {
        var code = refusal.FirstError?.Code ?? "unknown";
        var outcome = code.StartsWith("permission.", StringComparison.Ordinal) ? AuditOutcome.Denied : AuditOutcome.Failed;
        await _auditLog.AppendAsync(new AuditEntry(run.Now, run.Actor, run.Action, run.Target, outcome, code, run.OrganizationId), cancellationToken).ConfigureAwait(false);
        return refusal;
    }
}
