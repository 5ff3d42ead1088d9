using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>
    /// Writes many new rows of one table inside the context's open transaction by the database's
    /// fastest means (PostgreSQL: binary <c>COPY</c>), or answers <see langword="false"/> to have
    /// Entity Framework Core insert them as usual. Unique and primary keys are checked as for any
    /// insert: a violation fails the call with the provider's exception.
    /// </summary>
    /// <param name="context">The context, its connection open and its transaction begun.</param>
    /// <param name="table">The table's entity type, for its name and columns.</param>
    /// <param name="rows">The rows, all of <paramref name="table"/>'s CLR type.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<bool> TryBulkInsertAsync(DbContext context, IEntityType table, IReadOnlyList<object> rows, CancellationToken cancellationToken) => Task.FromResult(false);
}
