namespace Accounts.UseCases;

/// <summary>What the pipeline does when a commit meets a concurrent change.</summary>
internal enum RetryMode
{
    /// <summary>Reload and run the use case again, up to the portal's <c>MaxCommitAttempts</c>.</summary>
    OnConflict = 0,

    /// <summary>Answer <c>concurrency.conflict</c> at once: running again would repeat costly work for nothing.</summary>
    Never = 1,
}
