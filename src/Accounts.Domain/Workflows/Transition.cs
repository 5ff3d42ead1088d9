using Accounts.Permissions;

namespace Accounts.Workflows;

/// <summary>One row of a state machine's table.</summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
/// <typeparam name="TContext">What guards look at.</typeparam>
/// <param name="From">The source state; <see langword="null"/> for a transition that creates the entity.</param>
/// <param name="Trigger">What happens.</param>
/// <param name="To">The next state; <see langword="null"/> for a transition that ends the entity.</param>
/// <param name="FiredBy">Who fires it: a member with a permission (a <see cref="PermissionAction"/> converts), a token holder, an operator with a permission, or the system on a timer.</param>
/// <param name="Guard">A further condition, if any.</param>
public sealed record Transition<TState, TTrigger, TContext>(
    TState? From,
    TTrigger Trigger,
    TState? To,
    Firer FiredBy,
    TransitionGuard<TContext>? Guard = null)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>The permission a member needs to fire it; <see langword="null"/> when a member does not fire it.</summary>
    public PermissionAction? Permission => FiredBy.MemberPermission;

    /// <summary>Whether the system fires it when time passes.</summary>
    public bool IsTimer => FiredBy.Kind == FirerKind.System;
}
