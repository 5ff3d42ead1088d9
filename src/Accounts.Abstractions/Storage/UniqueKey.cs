namespace Accounts.Storage;

/// <summary>A value that identifies at most one aggregate of its kind across the portal, for example a member's e-mail address.</summary>
public abstract class UniqueKey
{
    private protected UniqueKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The stable name, for example <c>member.email</c>; a duplicate commit result names it.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
