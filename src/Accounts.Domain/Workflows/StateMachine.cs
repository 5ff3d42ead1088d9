using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Accounts.Messages;
using Accounts.Permissions;
using Accounts.Results;

namespace Accounts.Workflows;

/// <summary>
/// A workflow as one immutable transition table (state, trigger, guard, next state, who
/// fires it). Firing a trigger the table does not allow returns a typed error naming the
/// state and the trigger; it never throws and never does nothing silently. The table renders
/// as a Mermaid state diagram.
/// </summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
/// <typeparam name="TContext">What guards look at.</typeparam>
public sealed class StateMachine<TState, TTrigger, TContext>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private const int MaxSlots = 256;

    private readonly Transition<TState, TTrigger, TContext>?[] _table;
    private readonly int _triggerSlots;

    /// <summary>Creates a machine from its table.</summary>
    /// <param name="name">The workflow's name, used in errors and diagrams, for example <c>account</c>.</param>
    /// <param name="transitions">The table.</param>
    /// <exception cref="ArgumentException">Two rows share a source state and trigger, or rows of one trigger name different firers.</exception>
    public StateMachine(string name, IEnumerable<Transition<TState, TTrigger, TContext>> transitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(transitions);
        Name = name;
        Transitions = [.. transitions];

        var duplicate = Transitions.GroupBy(t => (t.From, t.Trigger)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The {name} table has two rows for {Describe(duplicate.Key.From)} + {duplicate.Key.Trigger}.", nameof(transitions));
        }

        if (Transitions.Any(t => t.FiredBy is null))
        {
            throw new ArgumentException($"Every row of the {name} table says who fires it.", nameof(transitions));
        }

        var mixed = Transitions.GroupBy(t => t.Trigger).FirstOrDefault(g => g.Select(t => t.FiredBy).Distinct().Count() > 1);
        if (mixed is not null)
        {
            throw new ArgumentException($"The {name} table names different firers for {mixed.Key}.", nameof(transitions));
        }

        if (Enum.GetUnderlyingType(typeof(TState)) != typeof(int) || Enum.GetUnderlyingType(typeof(TTrigger)) != typeof(int)
            || Enum.GetValues<TState>().Any(v => Slot(v) is < 0 or >= MaxSlots - 1) || Enum.GetValues<TTrigger>().Any(v => Slot(v) is < 0 or >= MaxSlots))
        {
            throw new ArgumentException($"The {name} table's states and triggers are int enums with values from 0 to {MaxSlots - 2}.", nameof(transitions));
        }

        // One cell per state (with "absent" first) and trigger: firing is an array read, whatever the table's size.
        _triggerSlots = Enum.GetValues<TTrigger>().Max(Slot) + 1;
        _table = new Transition<TState, TTrigger, TContext>?[(Enum.GetValues<TState>().Max(Slot) + 2) * _triggerSlots];
        foreach (var transition in Transitions)
        {
            _table[(StateSlot(transition.From) * _triggerSlots) + Slot(transition.Trigger)] = transition;
        }
    }

    /// <summary>The workflow's name.</summary>
    public string Name { get; }

    /// <summary>The table, in the order it was written.</summary>
    public ImmutableArray<Transition<TState, TTrigger, TContext>> Transitions { get; }

    /// <summary>
    /// Fires a trigger: returns the transition to take, or <c>workflow.transition_not_allowed</c>
    /// when the table has none for the state, or the guard's error when its condition does not hold.
    /// </summary>
    /// <param name="state">The current state; <see langword="null"/> before the entity exists.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="context">What guards look at.</param>
    public Result<Transition<TState, TTrigger, TContext>> Fire(TState? state, TTrigger trigger, TContext context)
    {
        var transition = Find(state, trigger);
        if (transition is null)
        {
            return WorkflowErrors.TransitionNotAllowed.Error(
                Name,
                MessageDefinition.Argument("workflow", Name),
                MessageDefinition.Argument("state", Describe(state)),
                MessageDefinition.Argument("trigger", trigger.ToString()));
        }

        if (transition.Guard is { } guard && !guard.Holds(context))
        {
            return guard.Error.Error(Name);
        }

        return transition;
    }

    /// <summary>
    /// Fires a trigger on behalf of an actor: as <see cref="Fire(TState?, TTrigger, TContext)"/>, and
    /// first <c>workflow.firer_not_allowed</c> when the table says someone else fires the trigger
    /// (a member for a timer, an operator whose role lacks the permission).
    /// </summary>
    /// <param name="state">The current state; <see langword="null"/> before the entity exists.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="context">What guards look at.</param>
    public Result<Transition<TState, TTrigger, TContext>> Fire(TState? state, TTrigger trigger, WorkflowActor actor, TContext context)
    {
        var transition = Find(state, trigger);
        if (transition is not null && !transition.FiredBy.Admits(actor))
        {
            return WorkflowErrors.FirerNotAllowed.Error(
                Name,
                MessageDefinition.Argument("workflow", Name),
                MessageDefinition.Argument("trigger", trigger.ToString()),
                MessageDefinition.Argument("firer", transition.FiredBy.Label),
                MessageDefinition.Argument("actor", actor.ToString()));
        }

        return Fire(state, trigger, context);
    }

    /// <summary>Whether the table has a transition for the state and trigger, guards aside.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    public bool CanFire(TState? state, TTrigger trigger) => Find(state, trigger) is not null;

    /// <summary>
    /// Why a trigger would not fire: the table has no row for the state and trigger, or the
    /// names of the guards that fail for the context. Empty when it would fire.
    /// </summary>
    /// <param name="state">The current state; <see langword="null"/> when the entity does not exist yet.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="context">What the guards read.</param>
    public IReadOnlyList<string> WhyNot(TState? state, TTrigger trigger, TContext context)
    {
        if (Find(state, trigger) is not { } transition)
        {
            return [$"no row for {Describe(state)} + {trigger}"];
        }

        return transition.Guard is { } guard && !guard.Holds(context) ? [guard.Name] : [];
    }

    /// <summary>
    /// Why an actor's trigger would not fire: as <see cref="WhyNot(TState?, TTrigger, TContext)"/>,
    /// and the firer the table names when the actor is not it.
    /// </summary>
    /// <param name="state">The current state; <see langword="null"/> when the entity does not exist yet.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="actor">Who would fire it.</param>
    /// <param name="context">What the guards read.</param>
    public IReadOnlyList<string> WhyNot(TState? state, TTrigger trigger, WorkflowActor actor, TContext context)
    {
        var reasons = WhyNot(state, trigger, context);
        return Find(state, trigger) is { } transition && !transition.FiredBy.Admits(actor)
            ? [$"fired by {transition.FiredBy.Label}, not by {actor}", .. reasons]
            : reasons;
    }

    /// <summary>The rows the system fires when time passes, from a state.</summary>
    /// <param name="state">The current state.</param>
    public IReadOnlyList<Transition<TState, TTrigger, TContext>> TimersFrom(TState? state) =>
        Transitions.Where(t => t.IsTimer && Nullable.Equals(t.From, state)).ToList();

    /// <summary>The triggers the table allows in a state, guards aside.</summary>
    /// <param name="state">The current state.</param>
    public IReadOnlyList<TTrigger> PermittedTriggers(TState? state) =>
        Transitions.Where(t => Nullable.Equals(t.From, state)).Select(t => t.Trigger).ToList();

    /// <summary>The permission a member needs for a trigger, whatever the state; <see langword="null"/> when a member does not fire it.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <exception cref="ArgumentException">The table has no row for the trigger.</exception>
    public PermissionAction? PermissionFor(TTrigger trigger)
    {
        foreach (var transition in Transitions)
        {
            if (EqualityComparer<TTrigger>.Default.Equals(transition.Trigger, trigger))
            {
                return transition.Permission;
            }
        }

        throw new ArgumentException($"The {Name} table has no row for {trigger}.", nameof(trigger));
    }

    /// <summary>Renders the table as a Mermaid state diagram.</summary>
    public string ToMermaid()
    {
        var builder = new StringBuilder("stateDiagram-v2\n");
        foreach (var transition in Transitions)
        {
            builder.Append("    ")
                .Append(Node(transition.From))
                .Append(" --> ")
                .Append(Node(transition.To))
                .Append(" : ")
                .Append(transition.Trigger);
            if (transition.Guard is not null)
            {
                builder.Append(" [").Append(transition.Guard.Name).Append(']');
            }

            builder.Append(" (").Append(transition.FiredBy.Label).Append(')');

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private Transition<TState, TTrigger, TContext>? Find(TState? state, TTrigger trigger)
    {
        var cell = (StateSlot(state) * _triggerSlots) + Slot(trigger);
        return (uint)Slot(trigger) < (uint)_triggerSlots && (uint)cell < (uint)_table.Length ? _table[cell] : null;
    }

    /// <summary>The slot of a state in the table: 0 for absent, the enum's value plus one otherwise.</summary>
    private static int StateSlot(TState? state) => state is { } value ? Slot(value) + 1 : 0;

    private static int Slot<TEnum>(TEnum value)
        where TEnum : struct, Enum => Unsafe.As<TEnum, int>(ref value);

    private static string Describe(TState? state) => state?.ToString() ?? "absent";

    private static string Node(TState? state) => state?.ToString() ?? "[*]";
}
