using Accounts.Auditing;

namespace Accounts.Operators;

/// <summary>
/// A portal operator acting in the back office: authenticated by the host, identified by the
/// host's own identifier, allowed what its role grants, audited as an operator.
/// </summary>
public sealed record PortalOperator
{
    /// <summary>Creates an operator.</summary>
    /// <param name="id">The host's identifier of the operator, at most <see cref="ActorRef.MaxNameLength"/> characters.</param>
    /// <param name="role">What the operator may do.</param>
    /// <exception cref="ArgumentException">The identifier is empty, too long or holds control characters.</exception>
    public PortalOperator(string id, OperatorRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        Actor = ActorRef.Operator(id);
        Id = id;
        Role = role;
    }

    /// <summary>The host's identifier of the operator.</summary>
    public string Id { get; }

    /// <summary>What the operator may do.</summary>
    public OperatorRole Role { get; }

    /// <summary>The operator as the audit trail records it.</summary>
    public ActorRef Actor { get; }
}
