using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Workflows;

/// <summary>The codes of state machines.</summary>
public static class WorkflowErrors
{
    /// <summary><c>workflow.transition_not_allowed</c>: the table has no transition for the state and trigger; arguments <c>workflow</c>, <c>state</c>, <c>trigger</c>.</summary>
    public static MessageDefinition TransitionNotAllowed { get; } = new(
        "workflow.transition_not_allowed",
        "{trigger} is not allowed while the {workflow} is {state}.",
        "{workflow}が{state}の状態では{trigger}を行えません。",
        ErrorCategory.Conflict);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [TransitionNotAllowed];
}
