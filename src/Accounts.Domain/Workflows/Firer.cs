using Accounts.Operators;
using Accounts.Permissions;

namespace Accounts.Workflows;

/// <summary>
/// The column of a transition table that says who fires a trigger: a member with a permission,
/// the holder of a token, an operator with a permission, or the system on a timer.
/// </summary>
public sealed record Firer
{
    private Firer(FirerKind kind, PermissionAction? memberPermission, OperatorAction operatorPermission, string? timer)
    {
        Kind = kind;
        MemberPermission = memberPermission;
        OperatorAction = operatorPermission;
        Timer = timer;
    }

    /// <summary>Member, token holder, operator or system.</summary>
    public FirerKind Kind { get; }

    /// <summary>The permission a member needs, for <see cref="FirerKind.Member"/>.</summary>
    public PermissionAction? MemberPermission { get; }

    /// <summary>The permission an operator's role must grant, for <see cref="FirerKind.Operator"/>.</summary>
    public OperatorAction OperatorAction { get; }

    /// <summary>When the system fires, for <see cref="FirerKind.System"/>, for example <c>60 days after sending</c>.</summary>
    public string? Timer { get; }

    /// <summary>Whoever holds the token the portal mailed.</summary>
    public static Firer TokenHolder { get; } = new(FirerKind.TokenHolder, null, OperatorAction.None, null);

    /// <summary>Anyone, unauthenticated; whoever acts is admitted.</summary>
    public static Firer Anyone { get; } = new(FirerKind.Anyone, null, OperatorAction.None, null);

    /// <summary>A member whose account permission covers the action.</summary>
    /// <param name="permission">The permission.</param>
    public static Firer Member(PermissionAction permission) => new(FirerKind.Member, permission, OperatorAction.None, null);

    /// <summary>An operator whose role grants the permission.</summary>
    /// <param name="permission">One operator permission.</param>
    /// <exception cref="ArgumentException">The permission is <see cref="OperatorAction.None"/>.</exception>
    public static Firer Operator(OperatorAction permission)
    {
        if (permission == OperatorAction.None)
        {
            throw new ArgumentException("An operator's transition names the permission it needs.", nameof(permission));
        }

        return new(FirerKind.Operator, null, permission, null);
    }

    /// <summary>The system, when a timer runs out.</summary>
    /// <param name="timer">When, in words, for example <c>60 days after sending</c>; shown on the diagram as <c>timer 60 days after sending</c>.</param>
    public static Firer System(string timer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timer);
        return new(FirerKind.System, null, OperatorAction.None, timer);
    }

    /// <summary>A member with the permission: tables of members' actions list permissions directly.</summary>
    /// <param name="permission">The permission.</param>
    public static implicit operator Firer(PermissionAction permission) => Member(permission);

    /// <summary>The label on a diagram's arrow.</summary>
    public string Label => Kind switch
    {
        FirerKind.Member => MemberPermission.ToString()!,
        FirerKind.TokenHolder => "token holder",
        FirerKind.Anyone => "anyone",
        FirerKind.Operator => "operator " + OperatorAction,
        _ => "timer " + Timer,
    };

    /// <summary>Whether an actor may fire: anyone for <see cref="Anyone"/>; otherwise the same kind, and for an operator a role that grants the permission.</summary>
    /// <param name="actor">Who tries.</param>
    public bool Admits(WorkflowActor actor) => Kind == FirerKind.Anyone || actor.Kind == Kind
        && (Kind != FirerKind.Operator || (actor.Operator?.Role.Allows(OperatorAction) ?? false));

    /// <inheritdoc />
    public override string ToString() => Label;
}
