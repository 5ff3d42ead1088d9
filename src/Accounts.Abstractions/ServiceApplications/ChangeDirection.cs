namespace Accounts.ServiceApplications;

/// <summary>Whether a change application adds an item or removes it.</summary>
public enum ChangeDirection
{
    /// <summary>Add (追加).</summary>
    Add = 1,

    /// <summary>Remove (削除).</summary>
    Remove = 2,
}
