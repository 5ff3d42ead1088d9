using Accounts.EntityFrameworkCore.Mappings;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// Hands the writes of one change set to a context's change tracker, and says when the writes
/// staged so far must be saved first so that the next one sees them, as the contract's "writes
/// apply in order" needs: when it writes an aggregate already staged, or may take a unique value
/// that a staged update or delete frees. Everything else goes to the database in one batch.
/// </summary>
internal sealed class WriteStager(DbContext context) : IAggregateWriteHandler
{
    private readonly HashSet<(AggregateType Type, Guid Id)> _unsaved = [];
    private readonly HashSet<AggregateType> _freeingValues = [];

    /// <summary>Every write staged, saved or not, in order.</summary>
    public List<StagedWrite> Staged { get; } = [];

    public bool MustSaveBefore(AggregateWrite write) =>
        _unsaved.Contains((write.Type, write.Id))
        || (write.Kind is WriteKind.Insert or WriteKind.Update && _freeingValues.Contains(write.Type));

    public void Saved()
    {
        _unsaved.Clear();
        _freeingValues.Clear();
    }

    public void Handle<TSnapshot>(AggregateWrite<TSnapshot> write)
        where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    {
        var mapping = AccountsModel.MappingOf(TSnapshot.Aggregate) as ISnapshotMapping<TSnapshot>
            ?? throw new NotSupportedException($"The Entity Framework Core adapter does not store '{TSnapshot.Aggregate.Name}' aggregates.");
        Staged.Add(mapping.Stage(context, write));
        _unsaved.Add((write.Type, write.Id));
        if (write.Kind is WriteKind.Update or WriteKind.Delete && !write.Type.UniqueKeys.IsEmpty)
        {
            _freeingValues.Add(write.Type);
        }
    }
}
