namespace Accounts.Storage;

/// <summary>The answer of <see cref="IUnitOfWork.CommitAsync"/>: committed, or why nothing was written.</summary>
/// <remarks>
/// A conflict names the kind of aggregate and its identifier; a duplicate names the unique key
/// and the value that is taken. The value can be personal data (an e-mail address): show it to
/// the person who typed it, never log it.
/// </remarks>
public readonly record struct CommitResult
{
    /// <summary>The aggregate name a conflict reports for an outbox message whose identifier was written before.</summary>
    public const string OutboxMessageAggregate = "outbox_message";

    private CommitResult(CommitStatus status, string? aggregate, Guid? aggregateId, string? key, string? value)
    {
        Status = status;
        Aggregate = aggregate;
        AggregateId = aggregateId;
        Key = key;
        Value = value;
    }

    /// <summary>Everything was written.</summary>
    public static CommitResult Committed { get; } = new(CommitStatus.Committed, null, null, null, null);

    /// <summary>Committed, conflict or duplicate.</summary>
    public CommitStatus Status { get; }

    /// <summary>For a conflict, the kind of aggregate, for example <c>member</c>.</summary>
    public string? Aggregate { get; }

    /// <summary>For a conflict, the aggregate's identifier.</summary>
    public Guid? AggregateId { get; }

    /// <summary>For a duplicate, the unique key, for example <c>member.email</c>.</summary>
    public string? Key { get; }

    /// <summary>For a duplicate, the value that is taken.</summary>
    public string? Value { get; }

    /// <summary>Whether everything was written.</summary>
    public bool IsCommitted => Status == CommitStatus.Committed;

    /// <summary>Nothing was written because an aggregate changed since it was read, or a new one's identifier is taken.</summary>
    /// <param name="aggregate">The kind of aggregate, for example <c>member</c>.</param>
    /// <param name="id">Its identifier.</param>
    public static CommitResult Conflict(string aggregate, Guid id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregate);
        return new(CommitStatus.Conflict, aggregate, id, null, null);
    }

    /// <summary>Nothing was written because an aggregate changed since it was read, or a new one's identifier is taken.</summary>
    /// <param name="type">The kind of aggregate.</param>
    /// <param name="id">Its identifier.</param>
    public static CommitResult Conflict(AggregateType type, Guid id)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Conflict(type.Name, id);
    }

    /// <summary>Nothing was written because a unique value is taken.</summary>
    /// <param name="key">The unique key's name, for example <c>member.email</c>.</param>
    /// <param name="value">The value that is taken.</param>
    public static CommitResult Duplicate(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        return new(CommitStatus.Duplicate, null, null, key, value);
    }

    /// <summary>Nothing was written because a unique value is taken.</summary>
    /// <param name="key">The unique key.</param>
    /// <param name="value">The value that is taken.</param>
    public static CommitResult Duplicate(UniqueKey key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Duplicate(key.Name, value);
    }

    /// <summary>Whether the commit failed on the given unique key.</summary>
    /// <param name="key">The key.</param>
    public bool IsDuplicateOf(UniqueKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Status == CommitStatus.Duplicate && Key == key.Name;
    }

    /// <summary>Describes the result without the duplicate value, which may be personal data.</summary>
    public override string ToString() => Status switch
    {
        CommitStatus.Committed => "Committed",
        CommitStatus.Conflict => $"Conflict({Aggregate} {AggregateId})",
        CommitStatus.Duplicate => $"Duplicate({Key})",
        _ => "Uninitialized",
    };
}
