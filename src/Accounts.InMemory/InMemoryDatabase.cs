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
    private InMemoryTable?[] _tables = new InMemoryTable?[8];
    private readonly Dictionary<OutboxMessageId, OutboxMessage> _outbox;

    // Messages in the order written; sent and abandoned ones are trimmed from the front.
    private readonly Queue<OutboxMessageId> _pending;
    private int _pendingCount;

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
        _pending = new(capacity.OutboxMessages);
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
            return TableOrNull(type)?.Count ?? 0;
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
                _pending.Enqueue(message.Id);
            }

            _pendingCount += changes.Mail.Length;

            _audit.AddRange(changes.Audit);
            return CommitResult.Committed;
        }
    }

    internal List<OutboxMessage> Claim(OutboxClaim claim)
    {
        lock (_gate)
        {
            TrimPending();
            var claimed = new List<OutboxMessage>(Math.Min(claim.MaxCount, _pendingCount));
            foreach (var id in _pending)
            {
                var message = _outbox[id];
                if (message.Status != OutboxStatus.Pending
                    || message.NextAttemptAt > claim.Now
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
            _pendingCount--;
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
                _pendingCount--;
            }

            return true;
        }
    }

    internal OutboxBacklog Backlog()
    {
        lock (_gate)
        {
            TrimPending();
            return new OutboxBacklog(_pendingCount, _pending.TryPeek(out var oldest) ? _outbox[oldest].CreatedAt : null);
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

    private void TrimPending()
    {
        while (_pending.TryPeek(out var first) && _outbox[first].Status != OutboxStatus.Pending)
        {
            _pending.Dequeue();
        }
    }

    private InMemoryTable<TSnapshot>? TableOrNull<TSnapshot>()
        where TSnapshot : class, IAggregateSnapshot<TSnapshot> =>
        (InMemoryTable<TSnapshot>?)TableOrNull(InMemoryTable<TSnapshot>.Kind);

    private InMemoryTable? TableOrNull(AggregateType type) =>
        type.Ordinal < _tables.Length ? _tables[type.Ordinal] : null;

    private void Add(InMemoryTable table)
    {
        var ordinal = table.Type.Ordinal;
        if (ordinal >= _tables.Length)
        {
            Array.Resize(ref _tables, Math.Max(ordinal + 1, _tables.Length * 2));
        }

        _tables[ordinal] = table;
    }

    /// <summary>
    /// Applies the writes and mail of one change set, in order, remembering what each replaced.
    /// One instance per database, reused by every commit under the lock, so a commit allocates
    /// nothing beyond what it stores. It meets a write's snapshot type only to create the table
    /// of a kind written for the first time.
    /// </summary>
    private sealed class Applier(InMemoryDatabase database) : IAggregateWriteHandler
    {
        private readonly List<(InMemoryTable Table, Guid Id, object? Previous)> _undo = [];
        private readonly List<OutboxMessageId> _addedMail = [];

        public CommitResult? Apply(ChangeSet changes)
        {
            _undo.Clear();
            _addedMail.Clear();
            foreach (var write in changes.Writes)
            {
                var table = database.TableOrNull(write.Type);
                if (table is null)
                {
                    write.Dispatch(this);
                    table = database.TableOrNull(write.Type)!;
                }

                var refusal = table.Apply(write, out var id, out var previous, out var applied);
                if (refusal is not null)
                {
                    return refusal;
                }

                if (applied)
                {
                    _undo.Add((table, id, previous));
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

        /// <summary>Creates the table of a kind written for the first time.</summary>
        public void Handle<TSnapshot>(AggregateWrite<TSnapshot> write)
            where TSnapshot : class, IAggregateSnapshot<TSnapshot> =>
            database.Add(new InMemoryTable<TSnapshot>(database._capacity));

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
