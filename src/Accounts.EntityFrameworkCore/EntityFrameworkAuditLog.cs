using Accounts.Auditing;
using Accounts.EntityFrameworkCore.Mappings;
using Accounts.EntityFrameworkCore.Rows;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// The audit trail on a database: the sequence is the table's identity column, pages are read
/// by cursor (<c>WHERE sequence &gt; after</c>), and the organization, actor and action filters
/// each have an index ending in the sequence.
/// </summary>
/// <typeparam name="TContext">The context holding the library's tables.</typeparam>
public sealed class EntityFrameworkAuditLog<TContext> : IAuditLog
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;

    /// <summary>Creates the log.</summary>
    /// <param name="contexts">Creates a context per call.</param>
    public EntityFrameworkAuditLog(IDbContextFactory<TContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = contexts;
    }

    /// <inheritdoc />
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        context.Add(AuditEntryMapping.ToRow(entry));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = await _contexts.CreateAccountsContextAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeContext = context.ConfigureAwait(false);
        var rows = Select(context.Set<AuditEntryRow>().AsNoTracking(), query);
        var newestFirst = query.Order == AuditOrder.NewestFirst;
        if (query.After is { } after)
        {
            rows = newestFirst ? rows.Where(row => row.Sequence < after) : rows.Where(row => row.Sequence > after);
        }

        rows = newestFirst ? rows.OrderByDescending(row => row.Sequence) : rows.OrderBy(row => row.Sequence);

        // One more than the page tells whether another page follows.
        var page = await rows.Take(query.Limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var more = page.Count > query.Limit;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new AuditPage([.. page.Select(AuditEntryMapping.ToEntry)], more ? page[^1].Sequence : null);
    }

    private static IQueryable<AuditEntryRow> Select(IQueryable<AuditEntryRow> rows, AuditQuery query)
    {
        if (query.OrganizationId is { } organization)
        {
            var id = organization.Value;
            rows = rows.Where(row => row.OrganizationId == id);
        }

        if (query.Actor is { } actor)
        {
            var kind = actor.Kind.ToString();
            var actorId = actor.Id;
            rows = rows.Where(row => row.ActorKind == kind && row.ActorId == actorId);
        }

        if (query.Action is { } action)
        {
            rows = rows.Where(row => row.Action == action);
        }

        if (query.Target is { } target)
        {
            rows = rows.Where(row => row.Target == target);
        }

        if (query.From is { } from)
        {
            var at = Timestamps.ToColumn(from);
            rows = rows.Where(row => row.At >= at);
        }

        if (query.Until is { } until)
        {
            var at = Timestamps.ToColumn(until);
            rows = rows.Where(row => row.At < at);
        }

        return rows;
    }
}
