namespace Accounts.EntityFrameworkCore;

/// <summary>
/// A commit failed for a reason other than a conflict or a duplicate: the connection was lost,
/// a statement timed out, the database refused the write. <see cref="Outcome"/> says whether
/// anything can have been written; never a part of the change set.
/// </summary>
public sealed class AccountsDatabaseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccountsDatabaseException()
        : this("The change set could not be committed.", CommitOutcome.NotWritten, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    public AccountsDatabaseException(string message)
        : this(message, CommitOutcome.NotWritten, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The provider's exception.</param>
    public AccountsDatabaseException(string message, Exception? innerException)
        : this(message, CommitOutcome.NotWritten, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="outcome">Whether the change set can have been written.</param>
    /// <param name="innerException">The provider's exception.</param>
    public AccountsDatabaseException(string message, CommitOutcome outcome, Exception? innerException)
        : base(message, innerException) => Outcome = outcome;

    /// <summary>
    /// <see cref="CommitOutcome.NotWritten"/> when the failure came before the commit was sent
    /// (the database rolled everything back), <see cref="CommitOutcome.Unknown"/> when the commit
    /// itself was cut off: the whole change set, mail included, may or may not be stored.
    /// </summary>
    public CommitOutcome Outcome { get; }
}
