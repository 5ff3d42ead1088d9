using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>The mapping of one kind of aggregate to its row: conversions both ways, the columns of its keys and groups, and its reads and writes.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
internal abstract class AggregateMapping<TSnapshot, TRow> : AggregateMapping, ISnapshotMapping<TSnapshot>
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
    where TRow : class, IAggregateRow, new()
{
    private static readonly MethodInfo Collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    // Claims and Filter say which rows a key covers when not every row claims a value: the same condition as a query and as the index's SQL.
    private readonly Dictionary<UniqueKey, (string Index, Expression<Func<TRow, string?>> Column, Expression<Func<TRow, bool>>? Claims, string? Filter)> _keys = [];
    private readonly Dictionary<GroupIndex, (Expression<Func<TRow, Guid?>> Parent, Expression<Func<TRow, string>> Sort)> _groups = [];

    public override AggregateType Type => TSnapshot.Aggregate;

    public override Type RowType => typeof(TRow);

    /// <summary>The row of a snapshot at a version.</summary>
    public abstract TRow ToRow(TSnapshot snapshot, long version);

    /// <summary>The snapshot of a row.</summary>
    public abstract TSnapshot ToSnapshot(TRow row);

    public override UniqueKey? KeyOfIndex(string indexName, string prefix) =>
        _keys.FirstOrDefault(pair => string.Equals(UniqueIndexName(pair.Value.Index, prefix), indexName, StringComparison.Ordinal)).Key;

    public sealed override void Configure(ModelBuilder model, string prefix)
    {
        var unmapped = TSnapshot.Aggregate.UniqueKeys.Where(k => !_keys.ContainsKey(k)).Select(k => k.Name)
            .Concat(TSnapshot.Aggregate.Groups.Where(g => !_groups.ContainsKey(g)).Select(g => g.Name))
            .ToList();
        if (unmapped.Count > 0)
        {
            throw new InvalidOperationException($"The {Type.Name} mapping has no columns for {string.Join(", ", unmapped)}.");
        }

        var entity = model.Entity<TRow>();
        entity.ToTable(prefix + TableName);
        entity.HasKey(row => row.Id).HasName(PrimaryKeyName(prefix));
        entity.Property(row => row.Id).ValueGeneratedNever();
        entity.Property(row => row.Version).IsConcurrencyToken();
        Configure(entity, prefix);
        foreach (var (index, column, _, filter) in _keys.Values)
        {
            var unique = entity.HasIndex(Expression.Lambda<Func<TRow, object?>>(column.Body, column.Parameters)).IsUnique().HasDatabaseName(UniqueIndexName(index, prefix));
            if (filter is not null)
            {
                unique.HasFilter(filter);
            }
        }
    }

    public async Task<TSnapshot?> FindAsync(DbContext context, Guid id, CancellationToken cancellationToken)
    {
        var row = await context.Set<TRow>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToSnapshot(row);
    }

    public async Task<TSnapshot?> FindByKeyAsync(DbContext context, UniqueKey<TSnapshot> key, string value, CancellationToken cancellationToken)
    {
        var column = KeyColumn(key);
        Expression<Func<string?>> parameter = () => value;
        var equals = Expression.Lambda<Func<TRow, bool>>(Expression.Equal(column.Body, parameter.Body), column.Parameters);
        var row = await Claiming(context.Set<TRow>().AsNoTracking(), key).FirstOrDefaultAsync(equals, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToSnapshot(row);
    }

    public async Task<Page<TSnapshot>> ListAsync(DbContext context, GroupIndex<TSnapshot> group, Guid groupId, int offset, int limit, string? ordinalCollation, CancellationToken cancellationToken)
    {
        var rows = InGroup(context, group, groupId);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = total <= offset
            ? []
            : await Ordered(rows, group, ordinalCollation).Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Page<TSnapshot>([.. page.Select(ToSnapshot)], total);
    }

    public async IAsyncEnumerable<TSnapshot> ReadGroupAsync(DbContext context, GroupIndex<TSnapshot> group, Guid groupId, string? ordinalCollation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in Ordered(InGroup(context, group, groupId), group, ordinalCollation).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToSnapshot(row);
        }
    }

    private IQueryable<TRow> InGroup(DbContext context, GroupIndex<TSnapshot> group, Guid groupId)
    {
        var columns = GroupColumns(group);
        Expression<Func<Guid?>> parameter = () => groupId;
        var inGroup = Expression.Lambda<Func<TRow, bool>>(Expression.Equal(columns.Parent.Body, parameter.Body), columns.Parent.Parameters);
        return context.Set<TRow>().AsNoTracking().Where(inGroup);
    }

    private IOrderedQueryable<TRow> Ordered(IQueryable<TRow> rows, GroupIndex<TSnapshot> group, string? ordinalCollation)
    {
        var columns = GroupColumns(group);
        var sort = ordinalCollation is null
            ? columns.Sort
            : Expression.Lambda<Func<TRow, string>>(
                Expression.Call(Collate, Expression.Constant(EF.Functions), columns.Sort.Body, Expression.Constant(ordinalCollation)),
                columns.Sort.Parameters);
        return rows.OrderBy(sort).ThenBy(row => row.Id);
    }

    private (Expression<Func<TRow, Guid?>> Parent, Expression<Func<TRow, string>> Sort) GroupColumns(GroupIndex<TSnapshot> group) =>
        _groups.TryGetValue(group, out var columns) ? columns : throw new ArgumentException($"'{group.Name}' is not a group of the {Type.Name} aggregate.", nameof(group));

    public StagedWrite Stage(DbContext context, AggregateWrite<TSnapshot> write)
    {
        var rows = context.Set<TRow>();
        var snapshot = write.Snapshot;
        var id = write.Id;
        switch (write.Kind)
        {
            case WriteKind.Insert:
                rows.Add(ToRow(snapshot, 1));
                return new StagedWrite(this, write.Kind, id, KeyValues(snapshot));

            case WriteKind.Update:
                var updated = rows.Attach(ToRow(snapshot, snapshot.Version + 1));
                updated.State = EntityState.Modified;
                updated.Property(nameof(IAggregateRow.Version)).OriginalValue = snapshot.Version;
                return new StagedWrite(this, write.Kind, id, KeyValues(snapshot));

            case WriteKind.Delete:
                rows.Attach(new TRow { Id = id, Version = snapshot.Version }).State = EntityState.Deleted;
                return new StagedWrite(this, write.Kind, id, []);

            case WriteKind.Check:
                // Writing the version it has makes the database check it, and holds the row until the commit.
                rows.Attach(new TRow { Id = id, Version = snapshot.Version }).Property(nameof(IAggregateRow.Version)).IsModified = true;
                return new StagedWrite(this, write.Kind, id, []);

            default:
                throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "An unknown kind of write.");
        }
    }

    public (object Row, StagedWrite Staged) ToInsert(AggregateWrite<TSnapshot> write) =>
        write.Kind == WriteKind.Insert
            ? (ToRow(write.Snapshot, 1), new StagedWrite(this, WriteKind.Insert, write.Id, KeyValues(write.Snapshot)))
            : throw new ArgumentException($"Only inserts take the bulk path; this is {write}.", nameof(write));

    public override Task<List<Guid>> ExistingAsync(DbContext context, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        context.Set<TRow>().AsNoTracking().Where(row => ids.Contains(row.Id)).Select(row => row.Id).ToListAsync(cancellationToken);

    public override async Task<List<KeyValuePair<string, Guid>>> HoldersAsync(DbContext context, UniqueKey key, IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        var typed = (UniqueKey<TSnapshot>)key;
        var column = KeyColumn(typed);
        Expression<Func<IEnumerable<string?>>> parameter = () => values;
        var holds = Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], parameter.Body, column.Body),
            column.Parameters);
        var rows = await Claiming(context.Set<TRow>().AsNoTracking(), typed).Where(holds).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => new KeyValuePair<string, Guid>(typed.ValueOf(ToSnapshot(row))!, row.Id))];
    }

    /// <summary>Declares the column that holds a unique key and the name of the unique index over it, without <c>ux_</c> and the prefix.</summary>
    protected void MapKey(UniqueKey<TSnapshot> key, string index, Expression<Func<TRow, string?>> column) => _keys[key] = (index, column, null, null);

    /// <summary>
    /// Declares a unique key that only some rows claim although their column has a value: the
    /// condition that selects them, once as a query and once as the SQL filter of the index
    /// (snake-case column names, which both providers accept).
    /// </summary>
    protected void MapKey(UniqueKey<TSnapshot> key, string index, Expression<Func<TRow, string?>> column, Expression<Func<TRow, bool>> claims, string filter) =>
        _keys[key] = (index, column, claims, filter);

    /// <summary>Declares the columns of a group: the parent and the sort key.</summary>
    protected void MapGroup(GroupIndex<TSnapshot> group, Expression<Func<TRow, Guid?>> parent, Expression<Func<TRow, string>> sort) => _groups[group] = (parent, sort);

    /// <summary>Configures everything but the key, the version and the unique indexes.</summary>
    protected abstract void Configure(EntityTypeBuilder<TRow> entity, string prefix);

    private static List<KeyValuePair<UniqueKey, string>> KeyValues(TSnapshot snapshot)
    {
        var values = new List<KeyValuePair<UniqueKey, string>>(TSnapshot.Aggregate.TypedUniqueKeys.Length);
        foreach (var key in TSnapshot.Aggregate.TypedUniqueKeys)
        {
            if (key.ValueOf(snapshot) is { } value)
            {
                values.Add(new(key, value));
            }
        }

        return values;
    }

    private static string UniqueIndexName(string index, string prefix) => $"ux_{prefix}{index}";

    private IQueryable<TRow> Claiming(IQueryable<TRow> rows, UniqueKey<TSnapshot> key) =>
        _keys.TryGetValue(key, out var mapped) && mapped.Claims is { } claims ? rows.Where(claims) : rows;

    private Expression<Func<TRow, string?>> KeyColumn(UniqueKey<TSnapshot> key) =>
        _keys.TryGetValue(key, out var mapped) ? mapped.Column : throw new ArgumentException($"'{key.Name}' is not a unique key of the {Type.Name} aggregate.", nameof(key));
}
