namespace Accounts.Workflows;

/// <summary>Who may fire a trigger of a workflow.</summary>
public enum FirerKind
{
    /// <summary>A signed-in member with an account permission.</summary>
    Member = 1,

    /// <summary>Whoever holds a token the portal mailed: an invitee, an applicant.</summary>
    TokenHolder = 2,

    /// <summary>A portal operator whose role grants an operator permission.</summary>
    Operator = 3,

    /// <summary>The portal itself, when time passes: a link expiring, an idle draft discarded.</summary>
    System = 4,

    /// <summary>Anyone, unauthenticated: a person starting an application with an e-mail address.</summary>
    Anyone = 5,
}
