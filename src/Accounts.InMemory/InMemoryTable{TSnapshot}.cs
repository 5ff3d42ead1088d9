using Accounts.Storage;

namespace Accounts.InMemory;

/// <summary>
/// One versioned table: rows by identifier, a dictionary per unique key and a set of members
/// per group. Writes check the version and the unique keys, apply, and tell the caller what to
/// restore if a later write of the same change set fails.
/// </summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
internal sealed class InMemoryTable<TSnapshot> : InMemoryTable
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    // Read once per snapshot type: a static abstract member costs a lookup each time in shared generic code.
    internal static readonly AggregateType<TSnapshot> Kind = TSnapshot.Aggregate;
    private readonly Dictionary<Guid, TSnapshot> _rows;
    private readonly Dictionary<string, Guid>[] _unique;
    private readonly Dictionary<Guid, HashSet<Guid>>[] _groups;

    // A group's members in page order, kept until a write touches the group: paging through a
    // large group (a cutover reads 100,000 pre-registrations) then sorts it once, not per page.
    private readonly Dictionary<Guid, Guid[]>[] _sorted;
    private readonly int _perGroup;

    public InMemoryTable(InMemoryCapacity capacity)
    {
        _rows = new(capacity.Aggregates);
        _unique = [.. Kind.TypedUniqueKeys.Select(_ => new Dictionary<string, Guid>(capacity.Aggregates, StringComparer.Ordinal))];
        _groups = [.. Kind.TypedGroups.Select(_ => new Dictionary<Guid, HashSet<Guid>>())];
        _sorted = [.. Kind.TypedGroups.Select(_ => new Dictionary<Guid, Guid[]>())];
        _perGroup = capacity.PerGroup;
    }

    public override AggregateType Type => Kind;

    public override int Count => _rows.Count;

    public TSnapshot? Find(Guid id) => _rows.GetValueOrDefault(id);

    public TSnapshot? FindByKey(UniqueKey<TSnapshot> key, string value)
    {
        var index = _unique[IndexOf(key)];
        return index.TryGetValue(value, out var id) ? _rows[id] : null;
    }

    public Page<TSnapshot> List(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit)
    {
        var index = IndexOf(group);
        if (!_groups[index].TryGetValue(groupId, out var members))
        {
            return new Page<TSnapshot>([], 0);
        }

        if (!_sorted[index].TryGetValue(groupId, out var ordered))
        {
            ordered = [.. members.Select(id => _rows[id]).OrderBy(group.SortKeyOf, StringComparer.Ordinal).ThenBy(Kind.IdOf).Select(Kind.IdOf)];
            _sorted[index][groupId] = ordered;
        }

        var start = Math.Min(offset, ordered.Length);
        var page = new List<TSnapshot>(Math.Min(limit, ordered.Length - start));
        for (var i = start; i < ordered.Length && page.Count < limit; i++)
        {
            page.Add(_rows[ordered[i]]);
        }

        return new Page<TSnapshot>(page, members.Count);
    }

    public override CommitResult? Apply(AggregateWrite write, out Guid id, out object? previous, out bool applied)
    {
        var typed = (AggregateWrite<TSnapshot>)write;
        var result = Apply(typed.Kind, typed.Snapshot, out id, out var row, out applied);
        previous = row;
        return result;
    }

    private CommitResult? Apply(WriteKind kind, TSnapshot snapshot, out Guid id, out TSnapshot? previous, out bool applied)
    {
        applied = false;
        id = Kind.IdOf(snapshot);
        previous = _rows.GetValueOrDefault(id);
        var expected = kind == WriteKind.Insert ? 0 : snapshot.Version;
        var versionHolds = kind == WriteKind.Insert ? previous is null : previous?.Version == expected;
        if (!versionHolds)
        {
            return CommitResult.Conflict(Kind, id);
        }

        switch (kind)
        {
            case WriteKind.Check:
                return null;
            case WriteKind.Delete:
                _rows.Remove(id);
                Reindex(previous, null, id);
                applied = true;
                return null;
        }

        var keys = Kind.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].ValueOf(snapshot) is { } value && _unique[i].TryGetValue(value, out var holder) && holder != id)
            {
                return CommitResult.Duplicate(keys[i], value);
            }
        }

        var stored = Kind.WithVersion(snapshot, expected + 1);
        _rows[id] = stored;
        Reindex(previous, stored, id);
        applied = true;
        return null;
    }

    public override void Restore(Guid id, object? previous)
    {
        _rows.Remove(id, out var current);
        var row = previous as TSnapshot;
        if (row is not null)
        {
            _rows[id] = row;
        }

        Reindex(current, row, id);
    }

    /// <summary>Moves a row's index entries from its old values to its new ones; a value that stays is left alone.</summary>
    private void Reindex(TSnapshot? before, TSnapshot? after, Guid id)
    {
        var keys = Kind.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            var old = before is null ? null : keys[i].ValueOf(before);
            var current = after is null ? null : keys[i].ValueOf(after);
            if (string.Equals(old, current, StringComparison.Ordinal))
            {
                continue;
            }

            if (old is not null && _unique[i].TryGetValue(old, out var holder) && holder == id)
            {
                _unique[i].Remove(old);
            }

            if (current is not null)
            {
                _unique[i][current] = id;
            }
        }

        var groups = Kind.TypedGroups;
        for (var i = 0; i < groups.Length; i++)
        {
            var old = before is null ? null : groups[i].GroupOf(before);
            var current = after is null ? null : groups[i].GroupOf(after);
            if (old is { } stale)
            {
                _sorted[i].Remove(stale);
            }

            if (current is { } changed)
            {
                _sorted[i].Remove(changed);
            }

            if (old == current && before is not null && after is not null)
            {
                continue;
            }

            if (old is { } left && _groups[i].TryGetValue(left, out var members))
            {
                members.Remove(id);
            }

            if (current is { } joined)
            {
                if (!_groups[i].TryGetValue(joined, out var group))
                {
                    _groups[i][joined] = group = new HashSet<Guid>(_perGroup);
                }

                group.Add(id);
            }
        }
    }

    private static int IndexOf(UniqueKey<TSnapshot> key)
    {
        var keys = Kind.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (ReferenceEquals(keys[i], key))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{key.Name}' is not a unique key of the {Kind.Name} aggregate.", nameof(key));
    }

    private static int IndexOf(GroupIndex<TSnapshot> group)
    {
        var groups = Kind.TypedGroups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (ReferenceEquals(groups[i], group))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{group.Name}' is not a group of the {Kind.Name} aggregate.", nameof(group));
    }
}
