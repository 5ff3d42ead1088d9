using Accounts.Messages;

namespace Accounts.Workflows;

/// <summary>A named condition a transition needs besides its source state, and the error reported when it does not hold.</summary>
/// <typeparam name="TContext">What the condition looks at.</typeparam>
/// <param name="Name">A short description shown in diagrams, for example <c>not expired</c>.</param>
/// <param name="Holds">The condition.</param>
/// <param name="Error">The error when the condition does not hold.</param>
public sealed record TransitionGuard<TContext>(string Name, Func<TContext, bool> Holds, MessageDefinition Error);
