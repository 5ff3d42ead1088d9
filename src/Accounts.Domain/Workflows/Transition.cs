using Accounts.Permissions;

namespace Accounts.Workflows;

/// <summary>One row of a state machine's table.</summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
/// <typeparam name="TContext">What guards look at.</typeparam>
/// <param name="From">The source state; <see langword="null"/> for a transition that creates the entity.</param>
/// <param name="Trigger">What happens.</param>
/// <param name="To">The next state; <see langword="null"/> for a transition that ends the entity.</param>
/// <param name="Permission">The action an account needs to fire it; <see langword="null"/> when no account permission applies (a token holder, an operator).</param>
/// <param name="Guard">A further condition, if any.</param>
public sealed record Transition<TState, TTrigger, TContext>(
    TState? From,
    TTrigger Trigger,
    TState? To,
    PermissionAction? Permission = null,
    TransitionGuard<TContext>? Guard = null)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
