namespace Accounts.UseCases;

/// <summary>What the pipeline does when a commit meets a concurrent change.</summary>
internal enum RetryMode
{
    /// <summary>Reload and run the use case again, up to the portal's <c>MaxCommitAttempts</c>.</summary>
    OnConflict = 0,

    /// <summary>Answer <c>concurrency.conflict</c> at once: running again would repeat costly work for nothing.</summary>
    Never = 1,

    /// <summary>
    /// Reload and run again until the commit succeeds or the call is cancelled: for a failed
    /// attempt that must always be counted. Each conflict means another writer committed, so
    /// the runs as a whole make progress; the use case keeps its costly work across runs.
    /// </summary>
    UntilCommitted = 2,
}
