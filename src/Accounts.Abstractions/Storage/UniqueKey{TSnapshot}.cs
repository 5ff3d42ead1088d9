namespace Accounts.Storage;

/// <summary>A unique key of one kind of aggregate.</summary>
/// <typeparam name="TSnapshot">The snapshot type.</typeparam>
public sealed class UniqueKey<TSnapshot> : UniqueKey
    where TSnapshot : class, IAggregateSnapshot<TSnapshot>
{
    private readonly Func<TSnapshot, string?> _value;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The stable name, for example <c>member.email</c>.</param>
    /// <param name="value">Reads the key's value from a snapshot; <see langword="null"/> when the snapshot has none (it then claims nothing).</param>
    public UniqueKey(string name, Func<TSnapshot, string?> value)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The key's value for a snapshot, compared ordinally; <see langword="null"/> when it has none.</summary>
    /// <param name="snapshot">The snapshot.</param>
    public string? ValueOf(TSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _value(snapshot);
    }
}
