namespace Accounts.Storage;

/// <summary>
/// A way to list aggregates of one kind that belong to the same parent, for example the members
/// of an organization, ordered by a sort key.
/// </summary>
public abstract class GroupIndex
{
    private protected GroupIndex(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The stable name, for example <c>member.organization</c>.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
