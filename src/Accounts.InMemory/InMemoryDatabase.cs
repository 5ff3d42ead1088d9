using Accounts.Auditing;
using Accounts.Notifications;
using Accounts.Storage;
using NodaTime;

namespace Accounts.InMemory;

/// <summary>
/// The state the in-memory ports share: one versioned table per kind of aggregate, the outbox
/// and the audit trail, guarded by one lock. The reference implementation of the storage
/// contract: whole aggregates, optimistic concurrency on versions, unique keys, writes applied
/// in order and atomic commits.
/// </summary>
/// <remarks>
/// Snapshots are immutable records, so keeping the instance a caller saved and handing it out
/// on load is the same as copying it: nobody can change what the store holds. A commit applies
/// its writes one by one, recording what each replaced, and puts everything back if a later
/// write is refused; nobody sees the intermediate state because the lock is held throughout.
/// </remarks>
public sealed class InMemoryDatabase
{
    private readonly Lock _gate = new();
    private readonly InMemoryCapacity _capacity;
    private readonly Dictionary<string, InMemoryTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<OutboxMessageId, OutboxMessage> _outbox;

    // Pending messages, oldest first: by creation instant, then by the order written.
    private readonly SortedDictionary<(Instant CreatedAt, long Order), OutboxMessageId> _pending = [];
    private readonly Dictionary<OutboxMessageId, long> _mailOrder = [];
    private long _mailWritten;

    // An entry's sequence is its position plus one: the trail is append-only.
    private readonly List<AuditEntry> _audit;
    private readonly Applier _applier;

    /// <summary>Creates an empty database.</summary>
    /// <param name="capacity">How much to make room for up front; nothing by default.</param>
    public InMemoryDatabase(InMemoryCapacity capacity = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.Aggregates);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.PerGroup);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.OutboxMessages);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity.AuditEntries);
        _capacity = capacity;
        _outbox = new(capacity.OutboxMessages);
        _audit = new(capacity.AuditEntries);
        _applier = new Applier(this);
    }

    /// <summary>Every outbox message, sent or not, in the order written; for tests and samples.</summary>
    public IReadOnlyList<OutboxMessage> OutboxMessages
    {
        get { lock (_gate) { return [.. _outbox.Values.OrderBy(m => m.CreatedAt)]; } }
    }

    /// <summary>Every audit entry in the order written, with its sequence; for tests and samples.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries
    {
        get { lock (_gate) { return [.. _audit.Select(Sequenced)]; } }
    }

    /// <summary>How many aggregates of a kind are stored.</summary>
    /// <param name="type">The kind.</param>
    public int CountOf(AggregateType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_gate)
        {
            return _tables.TryGetValue(type.Name, out var table) ? table.Count : 0;
        }
    }

    internal TSnapshot? Find<TSnapshot>(Guid id)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        lock (_gate)
        {
            return TableOrNull<TSnapshot>()?.Find(id);
        }
    }

    internal TSnapshot? FindByKey<TSnapshot>(UniqueKey<TSnapshot> key, string value)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        lock (_gate)
        {
            return TableOrNull<TSnapshot>()?.FindByKey(key, value);
        }
    }

    internal Page<TSnapshot> List<TSnapshot>(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        lock (_gate)
        {
            return TableOrNull<TSnapshot>()?.List(group, groupId, offset, limit) ?? new Page<TSnapshot>([], 0);
        }
    }

    internal CommitResult Commit(ChangeSet changes)
    {
        lock (_gate)
        {
            var refusal = _applier.Apply(changes);
            if (refusal is { } refused)
            {
                _applier.Undo();
                return refused;
            }

            foreach (var message in changes.Mail)
            {
                _mailOrder.Add(message.Id, ++_mailWritten);
                _pending.Add((message.CreatedAt, _mailWritten), message.Id);
            }

            _audit.AddRange(changes.Audit);
            return CommitResult.Committed;
        }
    }

    internal List<OutboxMessage> Claim(OutboxClaim claim)
    {
        lock (_gate)
        {
            var claimed = new List<OutboxMessage>(Math.Min(claim.MaxCount, _pending.Count));
            foreach (var id in _pending.Values)
            {
                var message = _outbox[id];
                if (message.NextAttemptAt > claim.Now
                    || (message.ClaimedBy is not null && message.ClaimExpiresAt > claim.Now))
                {
                    continue;
                }

                var leased = message with { ClaimedBy = claim.Claimant, ClaimExpiresAt = claim.LeaseExpiresAt };
                _outbox[id] = leased;
                claimed.Add(leased);
                if (claimed.Count == claim.MaxCount)
                {
                    break;
                }
            }

            return claimed;
        }
    }

    internal bool MarkSent(OutboxMessageId id, string claimant, Instant sentAt)
    {
        lock (_gate)
        {
            if (!IsHeldBy(id, claimant, out var message))
            {
                return false;
            }

            _outbox[id] = Redacted(message) with { Status = OutboxStatus.Sent, SentAt = sentAt, ClaimExpiresAt = null };
            RemovePending(message);
            return true;
        }
    }

    internal bool MarkFailed(OutboxMessageId id, string claimant, OutboxFailure failure)
    {
        lock (_gate)
        {
            if (!IsHeldBy(id, claimant, out var message))
            {
                return false;
            }

            var failed = message with
            {
                Attempts = message.Attempts + 1,
                LastError = failure.Reason,
                NextAttemptAt = failure.RetryAt,
                ClaimedBy = null,
                ClaimExpiresAt = null,
            };
            _outbox[id] = failure.RetryAt is null ? Redacted(failed) with { Status = OutboxStatus.Abandoned } : failed;
            if (failure.RetryAt is null)
            {
                RemovePending(message);
            }

            return true;
        }
    }

    internal OutboxBacklog Backlog()
    {
        lock (_gate)
        {
            return new OutboxBacklog(_pending.Count, _pending.Count == 0 ? null : _pending.First().Key.CreatedAt);
        }
    }

    internal void Append(AuditEntry entry)
    {
        lock (_gate)
        {
            _audit.Add(entry);
        }
    }

    internal AuditPage Query(AuditQuery query)
    {
        lock (_gate)
        {
            var newestFirst = query.Order == AuditOrder.NewestFirst;
            var entries = new List<AuditEntry>(Math.Min(query.Limit, 64));
            var start = query.After is { } after
                ? (newestFirst ? (int)Math.Min(after - 2, _audit.Count - 1) : (int)Math.Max(after, 0))
                : (newestFirst ? _audit.Count - 1 : 0);
            var step = newestFirst ? -1 : 1;
            long? next = null;
            for (var i = start; i >= 0 && i < _audit.Count; i += step)
            {
                if (!query.Matches(_audit[i]))
                {
                    continue;
                }

                if (entries.Count == query.Limit)
                {
                    next = entries[^1].Sequence;
                    break;
                }

                entries.Add(Sequenced(_audit[i], i));
            }

            return new AuditPage(entries, next);
        }
    }

    private static AuditEntry Sequenced(AuditEntry entry, int index) => entry with { Sequence = index + 1 };

    private static OutboxMessage Redacted(OutboxMessage message) => message.Parameters.Any(p => p.IsSecret)
        ? message with { Parameters = [.. message.Parameters.Select(p => p.IsSecret ? p with { Value = string.Empty } : p)] }
        : message;

    private bool IsHeldBy(OutboxMessageId id, string claimant, out OutboxMessage message) =>
        _outbox.TryGetValue(id, out message!) && message.Status == OutboxStatus.Pending && message.ClaimedBy == claimant;

    private void RemovePending(OutboxMessage message) => _pending.Remove((message.CreatedAt, _mailOrder[message.Id]));

    private InMemoryTable<TSnapshot>? TableOrNull<TSnapshot>()
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> =>
        _tables.TryGetValue(TSnapshot.Aggregate.Name, out var table) ? (InMemoryTable<TSnapshot>)table : null;

    private InMemoryTable<TSnapshot> Table<TSnapshot>()
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        if (TableOrNull<TSnapshot>() is { } table)
        {
            return table;
        }

        var created = new InMemoryTable<TSnapshot>(_capacity);
        _tables.Add(TSnapshot.Aggregate.Name, created);
        return created;
    }

    /// <summary>
    /// Applies the writes and mail of one change set, in order, remembering what each replaced.
    /// One instance per database, reused by every commit under the lock, so a commit allocates
    /// nothing beyond what it stores.
    /// </summary>
    private sealed class Applier(InMemoryDatabase database) : IAggregateWriteHandler
    {
        private readonly List<(InMemoryTable Table, Guid Id, object? Previous)> _undo = [];
        private readonly List<OutboxMessageId> _addedMail = [];
        private CommitResult? _refusal;

        public CommitResult? Apply(ChangeSet changes)
        {
            _undo.Clear();
            _addedMail.Clear();
            _refusal = null;
            foreach (var write in changes.Writes)
            {
                write.Dispatch(this);
                if (_refusal is not null)
                {
                    return _refusal;
                }
            }

            foreach (var message in changes.Mail)
            {
                if (!database._outbox.TryAdd(message.Id, message))
                {
                    return CommitResult.Conflict(CommitResult.OutboxMessageAggregate, message.Id.Value);
                }

                _addedMail.Add(message.Id);
            }

            return null;
        }

        public void Handle<TSnapshot>(AggregateWrite<TSnapshot> write)
            where TSnapshot : class, IAggregateSnapshot<TSnapshot>
        {
            var table = database.Table<TSnapshot>();
            _refusal = table.Apply(write, out var previous, out var applied);
            if (applied)
            {
                _undo.Add((table, write.Id, previous));
            }
        }

        public void Undo()
        {
            foreach (var id in _addedMail)
            {
                database._outbox.Remove(id);
            }

            for (var i = _undo.Count - 1; i >= 0; i--)
            {
                var (table, id, previous) = _undo[i];
                table.Restore(id, previous);
            }

            _undo.Clear();
            _addedMail.Clear();
        }
    }
}
