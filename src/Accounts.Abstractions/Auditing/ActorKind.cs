namespace Accounts.Auditing;

/// <summary>Who acted.</summary>
public enum ActorKind
{
    /// <summary>A person signed in with a personal account.</summary>
    Member = 1,

    /// <summary>A portal operator, authenticated by the host.</summary>
    Operator = 2,

    /// <summary>The portal itself, for example a scheduled job.</summary>
    System = 3,

    /// <summary>Someone not signed in: a sign-in attempt, an invitation being accepted.</summary>
    Anonymous = 4,
}
