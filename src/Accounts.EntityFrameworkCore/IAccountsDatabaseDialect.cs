namespace Accounts.EntityFrameworkCore;

/// <summary>
/// What differs between databases: how their errors read, how text is ordered ordinally, and
/// how the outbox is claimed. <c>Accounts.EntityFrameworkCore.Sqlite</c> and
/// <c>Accounts.EntityFrameworkCore.PostgreSql</c> each provide one.
/// </summary>
public interface IAccountsDatabaseDialect
{
    /// <summary>The database's name, for messages, for example <c>PostgreSQL</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The collation that orders text by code point, as the storage contract lists groups;
    /// <see langword="null"/> when the columns' own collation already does (SQLite's <c>BINARY</c>).
    /// </summary>
    string? OrdinalCollation { get; }

    /// <summary>Reads a provider exception (the inner exception of a failed save, or one thrown by a command) by error code and constraint name, never by message text.</summary>
    /// <param name="exception">The provider's exception.</param>
    DatabaseFailure Classify(Exception exception);

    /// <summary>
    /// The statement that leases due outbox messages to a claimant and returns every column of
    /// the claimed rows. Parameters: <c>{0}</c> the claimant, <c>{1}</c> when the lease runs
    /// out, <c>{2}</c> the claim's instant, <c>{3}</c> the most rows. Due means pending, with no
    /// next attempt time or one at or before <c>{2}</c>, and unleased or with a lease that ran out
    /// at or before <c>{2}</c>; the oldest (lowest <c>sequence</c>) first. Two claims at the same
    /// moment must never return the same row.
    /// </summary>
    /// <param name="table">The outbox table's name, delimited as the database needs.</param>
    string ClaimOutboxSql(string table);
}
