using Accounts.Operators;

namespace Accounts.Workflows;

/// <summary>Who fires a trigger, as a transition table checks it against its <see cref="Firer"/> column.</summary>
public readonly record struct WorkflowActor
{
    private WorkflowActor(FirerKind kind, PortalOperator? @operator)
    {
        Kind = kind;
        Operator = @operator;
    }

    /// <summary>A signed-in member whose permission the caller checked.</summary>
    public static WorkflowActor Member { get; } = new(FirerKind.Member, null);

    /// <summary>Someone who presented a valid token.</summary>
    public static WorkflowActor TokenHolder { get; } = new(FirerKind.TokenHolder, null);

    /// <summary>Someone unauthenticated.</summary>
    public static WorkflowActor Anyone { get; } = new(FirerKind.Anyone, null);

    /// <summary>The portal itself, on a timer.</summary>
    public static WorkflowActor System { get; } = new(FirerKind.System, null);

    /// <summary>Member, token holder, operator or system.</summary>
    public FirerKind Kind { get; }

    /// <summary>The operator, for <see cref="FirerKind.Operator"/>.</summary>
    public PortalOperator? Operator { get; }

    /// <summary>An operator.</summary>
    /// <param name="operator">The operator and its role.</param>
    public static WorkflowActor For(PortalOperator @operator)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        return new(FirerKind.Operator, @operator);
    }

    /// <inheritdoc />
    public override string ToString() => Operator is { } op ? $"operator {op.Id} ({op.Role.Name})" : Kind switch
    {
        FirerKind.TokenHolder => "token holder",
        FirerKind.System => "system",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
