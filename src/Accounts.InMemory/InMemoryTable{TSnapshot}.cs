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
    private static readonly AggregateType<TSnapshot> Type = TSnapshot.Aggregate;
    private readonly Dictionary<Guid, TSnapshot> _rows;
    private readonly Dictionary<string, Guid>[] _unique;
    private readonly Dictionary<Guid, HashSet<Guid>>[] _groups;
    private readonly int _perGroup;

    public InMemoryTable(InMemoryCapacity capacity)
    {
        _rows = new(capacity.Aggregates);
        _unique = [.. Type.TypedUniqueKeys.Select(_ => new Dictionary<string, Guid>(capacity.Aggregates, StringComparer.Ordinal))];
        _groups = [.. Type.TypedGroups.Select(_ => new Dictionary<Guid, HashSet<Guid>>())];
        _perGroup = capacity.PerGroup;
    }

    public override int Count => _rows.Count;

    public TSnapshot? Find(Guid id) => _rows.GetValueOrDefault(id);

    public TSnapshot? FindByKey(UniqueKey<TSnapshot> key, string value)
    {
        var index = _unique[IndexOf(key)];
        return index.TryGetValue(value, out var id) ? _rows[id] : null;
    }

    public Page<TSnapshot> List(GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit)
    {
        if (!_groups[IndexOf(group)].TryGetValue(groupId, out var members))
        {
            return new Page<TSnapshot>([], 0);
        }

        var page = members
            .Select(id => _rows[id])
            .OrderBy(group.SortKeyOf, StringComparer.Ordinal)
            .ThenBy(Type.IdOf)
            .Skip(offset)
            .Take(limit)
            .ToList();
        return new Page<TSnapshot>(page, members.Count);
    }

    /// <summary>Checks and applies one write.</summary>
    /// <param name="write">The write.</param>
    /// <param name="previous">The row it replaced, for <see cref="Restore"/>.</param>
    /// <param name="applied">Whether a row changed (a check changes none).</param>
    /// <returns>The refusal, or <see langword="null"/> when the write applied.</returns>
    public CommitResult? Apply(AggregateWrite<TSnapshot> write, out TSnapshot? previous, out bool applied)
    {
        applied = false;
        previous = _rows.GetValueOrDefault(write.Id);
        var versionHolds = write.Kind == WriteKind.Insert ? previous is null : previous?.Version == write.ExpectedVersion;
        if (!versionHolds)
        {
            return CommitResult.Conflict(Type, write.Id);
        }

        switch (write.Kind)
        {
            case WriteKind.Check:
                return null;
            case WriteKind.Delete:
                Unindex(previous!, write.Id);
                _rows.Remove(write.Id);
                applied = true;
                return null;
        }

        var keys = Type.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].ValueOf(write.Snapshot) is { } value && _unique[i].TryGetValue(value, out var holder) && holder != write.Id)
            {
                return CommitResult.Duplicate(keys[i], value);
            }
        }

        if (previous is not null)
        {
            Unindex(previous, write.Id);
        }

        var stored = Type.WithVersion(write.Snapshot, write.ExpectedVersion + 1);
        _rows[write.Id] = stored;
        Index(stored, write.Id);
        applied = true;
        return null;
    }

    public override void Restore(Guid id, object? previous)
    {
        if (_rows.Remove(id, out var current))
        {
            Unindex(current, id);
        }

        if (previous is TSnapshot row)
        {
            _rows[id] = row;
            Index(row, id);
        }
    }

    private void Index(TSnapshot row, Guid id)
    {
        var keys = Type.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].ValueOf(row) is { } value)
            {
                _unique[i][value] = id;
            }
        }

        var groups = Type.TypedGroups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].GroupOf(row) is { } group)
            {
                if (!_groups[i].TryGetValue(group, out var members))
                {
                    _groups[i][group] = members = new HashSet<Guid>(_perGroup);
                }

                members.Add(id);
            }
        }
    }

    private void Unindex(TSnapshot row, Guid id)
    {
        var keys = Type.TypedUniqueKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].ValueOf(row) is { } value && _unique[i].TryGetValue(value, out var holder) && holder == id)
            {
                _unique[i].Remove(value);
            }
        }

        var groups = Type.TypedGroups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].GroupOf(row) is { } group && _groups[i].TryGetValue(group, out var members))
            {
                members.Remove(id);
            }
        }
    }

    private static int IndexOf(UniqueKey<TSnapshot> key)
    {
        var index = Type.TypedUniqueKeys.IndexOf(key);
        return index >= 0 ? index : throw new ArgumentException($"'{key.Name}' is not a unique key of the {Type.Name} aggregate.", nameof(key));
    }

    private static int IndexOf(GroupIndex<TSnapshot> group)
    {
        var index = Type.TypedGroups.IndexOf(group);
        return index >= 0 ? index : throw new ArgumentException($"'{group.Name}' is not a group of the {Type.Name} aggregate.", nameof(group));
    }
}
