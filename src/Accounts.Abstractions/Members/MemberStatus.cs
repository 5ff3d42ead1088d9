namespace Accounts.Members;

/// <summary>Where an account stands in its life.</summary>
public enum MemberStatus
{
    /// <summary>Invited by mail; the invitation has not been accepted yet.</summary>
    Invited = 1,

    /// <summary>In use: the person can sign in.</summary>
    Active = 2,

    /// <summary>Switched off by an administrator; keeps its seat and can be enabled again.</summary>
    Disabled = 3,
}
