using Accounts.EntityFrameworkCore.Mappings;
using Accounts.Storage;

namespace Accounts.EntityFrameworkCore;

/// <summary>Gathers the rows of a batch's inserts table by table, in write order, with what each claims.</summary>
internal sealed class BulkInsertCollector : IAggregateWriteHandler
{
    private readonly Dictionary<Type, List<object>> _tables = [];

    public List<StagedWrite> Staged { get; } = [];

    public IEnumerable<KeyValuePair<Type, List<object>>> Tables => _tables;

    public void Handle<TSnapshot>(AggregateWrite<TSnapshot> write)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        var mapping = AccountsModel.MappingOf(TSnapshot.Aggregate) as ISnapshotMapping<TSnapshot>
            ?? throw new NotSupportedException($"The Entity Framework Core adapter does not store '{TSnapshot.Aggregate.Name}' aggregates.");
        var (row, staged) = mapping.ToInsert(write);
        Add(row);
        Staged.Add(staged);
    }

    public void Add(object row)
    {
        if (!_tables.TryGetValue(row.GetType(), out var rows))
        {
            _tables[row.GetType()] = rows = [];
        }

        rows.Add(row);
    }
}
