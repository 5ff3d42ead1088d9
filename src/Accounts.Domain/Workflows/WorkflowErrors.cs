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

    /// <summary><c>workflow.firer_not_allowed</c>: the table says someone else fires the trigger; arguments <c>workflow</c>, <c>trigger</c>, <c>firer</c>, <c>actor</c>.</summary>
    public static MessageDefinition FirerNotAllowed { get; } = new(
        "workflow.firer_not_allowed",
        "{trigger} of the {workflow} is fired by {firer}, not by {actor}.",
        "{workflow}の{trigger}は{firer}が行います（{actor}は行えません）。",
        ErrorCategory.Forbidden);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [TransitionNotAllowed, FirerNotAllowed];
}
