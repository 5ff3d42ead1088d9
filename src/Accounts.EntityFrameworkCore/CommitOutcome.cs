namespace Accounts.EntityFrameworkCore;

/// <summary>What a failed commit left behind: nothing, or the whole change set or nothing without knowing which. Never a part.</summary>
public enum CommitOutcome
{
    /// <summary>Nothing was written: the failure came before the commit was sent, so the database rolled the transaction back.</summary>
    NotWritten = 1,

    /// <summary>The commit was sent and its answer was lost: the whole change set was written, or none of it. Read before trying again.</summary>
    Unknown = 2,
}
