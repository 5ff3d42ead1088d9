using System.Runtime.CompilerServices;

namespace Accounts.Storage;

/// <summary>Reads aggregates of any kind the adapter stores. Writes go through <see cref="IUnitOfWork"/>.</summary>
/// <remarks>
/// Typed helpers for the library's own aggregates (<c>FindMemberAsync</c>,
/// <c>FindOrganizationByCodeAsync</c>, …) are extension methods over this port.
/// </remarks>
public interface IAggregateStore
{
    /// <summary>Loads an aggregate, or <see langword="null"/> when none has the identifier.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<TSnapshot?> FindAsync<TSnapshot>(Guid id, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>;

    /// <summary>Loads the aggregate that holds a unique key's value, or <see langword="null"/>.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="key">The unique key.</param>
    /// <param name="value">The value, compared ordinally.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<TSnapshot?> FindByKeyAsync<TSnapshot>(UniqueKey<TSnapshot> key, string value, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>;

    /// <summary>Lists one page of the aggregates of a group, ordered by the group's sort key, then identifier.</summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="group">The group index.</param>
    /// <param name="groupId">The parent.</param>
    /// <param name="offset">How many to skip.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<Page<TSnapshot>> ListAsync<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>;

    /// <summary>
    /// Reads every aggregate of a group in the order <see cref="ListAsync"/> pages them, as one
    /// stream: for work that goes through a whole large group at once, such as a cutover reading
    /// every pre-registration. The default pages through <see cref="ListAsync"/>; an adapter whose
    /// database pays for every skipped row (<c>OFFSET</c>) overrides it with a single ordered query.
    /// </summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <param name="group">The group index.</param>
    /// <param name="groupId">The parent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<TSnapshot> ReadGroupAsync<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> => PageThrough(this, group, groupId, cancellationToken);

    private static async IAsyncEnumerable<TSnapshot> PageThrough<TSnapshot>(IAggregateStore store, GroupIndex<TSnapshot> group, Guid groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        const int PageSize = 1_000;
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListAsync(group, groupId, offset, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Items.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
