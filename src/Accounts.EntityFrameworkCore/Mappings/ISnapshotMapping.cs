using Accounts.Storage;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>The reads and writes of one kind of aggregate, typed by its snapshot so its row type stays hidden.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
internal interface ISnapshotMapping<TSnapshot>
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    Task<TSnapshot?> FindAsync(DbContext context, Guid id, CancellationToken cancellationToken);

    Task<TSnapshot?> FindByKeyAsync(DbContext context, UniqueKey<TSnapshot> key, string value, CancellationToken cancellationToken);

    Task<Page<TSnapshot>> ListAsync(DbContext context, GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit, string? ordinalCollation, CancellationToken cancellationToken);

    IAsyncEnumerable<TSnapshot> ReadGroupAsync(DbContext context, GroupIndex<TSnapshot> group, Guid groupId, string? ordinalCollation, CancellationToken cancellationToken);

    /// <summary>Hands a write to the context's change tracker, to be saved with the next <c>SaveChanges</c>.</summary>
    StagedWrite Stage(DbContext context, AggregateWrite<TSnapshot> write);

    /// <summary>The row an insert writes, for the bulk path, and what it claims.</summary>
    (object Row, StagedWrite Staged) ToInsert(AggregateWrite<TSnapshot> write);
}
