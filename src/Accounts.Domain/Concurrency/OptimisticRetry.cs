using Accounts.Auditing;
using Accounts.Results;

namespace Accounts.Concurrency;

/// <summary>Runs a use case again when its commit meets a concurrent change, a bounded number of times.</summary>
internal static class OptimisticRetry
{
    /// <summary>Runs the attempt until it gives a final result or the attempts are used up.</summary>
    /// <param name="state">What the attempt needs; a struct keeps the call allocation-free.</param>
    /// <param name="attempt">One try: load, decide, commit.</param>
    /// <param name="maxAttempts">The most tries.</param>
    /// <param name="audit">Where giving up is recorded.</param>
    /// <param name="scope">The audit entry's fixed part.</param>
    /// <param name="cancellationToken">Cancels between tries.</param>
    public static async ValueTask<Result<T>> RunAsync<TState, T>(
        TState state,
        Func<TState, CancellationToken, ValueTask<Attempt<T>>> attempt,
        int maxAttempts,
        AuditTrail audit,
        AuditScope scope,
        CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            var outcome = await attempt(state, cancellationToken).ConfigureAwait(false);
            if (!outcome.IsConflict)
            {
                return outcome.Result;
            }

            if (tries >= maxAttempts)
            {
                return await audit.RefuseAsync<T>(ConcurrencyErrors.Conflict.Error(scope.Target), scope, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
