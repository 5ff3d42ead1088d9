using Accounts.Storage;
using Microsoft.EntityFrameworkCore;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>How one kind of aggregate lives in a table: its row type, its model configuration and the names of its unique indexes.</summary>
internal abstract class AggregateMapping
{
    public abstract AggregateType Type { get; }

    public abstract Type RowType { get; }

    /// <summary>The table's name without the prefix, for example <c>members</c>.</summary>
    public abstract string TableName { get; }

    /// <summary>Configures the row's table, columns and indexes.</summary>
    /// <param name="model">The model being built.</param>
    /// <param name="prefix">The prefix of the library's table names.</param>
    public abstract void Configure(ModelBuilder model, string prefix);

    /// <summary>The unique key an index enforces, by the index's name; <see langword="null"/> for any other index.</summary>
    public abstract UniqueKey? KeyOfIndex(string indexName, string prefix);

    /// <summary>The name of the primary key constraint.</summary>
    public string PrimaryKeyName(string prefix) => $"pk_{prefix}{TableName}";

    /// <summary>Which of the identifiers are stored.</summary>
    public abstract Task<List<Guid>> ExistingAsync(DbContext context, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The stored aggregates that hold any of the values of a unique key: each value with its holder.</summary>
    public abstract Task<List<KeyValuePair<string, Guid>>> HoldersAsync(DbContext context, UniqueKey key, IReadOnlyCollection<string> values, CancellationToken cancellationToken);
}
