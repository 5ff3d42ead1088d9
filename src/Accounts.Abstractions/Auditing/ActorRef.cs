using Accounts.Members;

namespace Accounts.Auditing;

/// <summary>Names who performed an action, for the audit trail (利用履歴の追跡).</summary>
/// <remarks>An account is kept as its typed identifier and formatted only when shown.</remarks>
public readonly record struct ActorRef
{
    /// <summary>The longest operator identifier or anonymous hint the audit trail accepts.</summary>
    public const int MaxNameLength = 128;

    private readonly string? _name;

    private ActorRef(ActorKind kind, MemberId? accountId, string? name)
    {
        Kind = kind;
        MemberId = accountId;
        _name = name;
    }

    /// <summary>The portal itself.</summary>
    public static ActorRef System { get; } = new(ActorKind.System, null, "system");

    /// <summary>Account, operator, system or anonymous.</summary>
    public ActorKind Kind { get; }

    /// <summary>The acting account, for <see cref="ActorKind.Member"/>.</summary>
    public MemberId? MemberId { get; }

    /// <summary>The account identifier, the operator's identifier, or a hint such as the e-mail address given at sign-in.</summary>
    public string Id => MemberId?.ToString() ?? _name ?? string.Empty;

    /// <summary>A person acting with a personal account.</summary>
    /// <param name="id">The account.</param>
    public static ActorRef Member(MemberId id) => new(ActorKind.Member, id, null);

    /// <summary>A portal operator.</summary>
    /// <param name="operatorId">The operator's identifier in the host.</param>
    /// <exception cref="ArgumentException">The identifier is empty, longer than <see cref="MaxNameLength"/> or holds control characters.</exception>
    public static ActorRef Operator(string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        return new ActorRef(ActorKind.Operator, null, Auditable(operatorId, nameof(operatorId)));
    }

    /// <summary>Someone not signed in.</summary>
    /// <param name="hint">What is known, such as a keyed hash of the identifier given at sign-in; never a secret, never raw input.</param>
    /// <exception cref="ArgumentException">The hint is longer than <see cref="MaxNameLength"/> or holds control characters.</exception>
    public static ActorRef Anonymous(string? hint = null) => new(ActorKind.Anonymous, null, hint is null ? string.Empty : Auditable(hint, nameof(hint)));

    /// <summary>Throws when the actor is <c>default(ActorRef)</c>, which names nobody, or has an undefined kind.</summary>
    /// <param name="actor">The actor a caller passed.</param>
    /// <param name="paramName">The parameter's name, filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The actor names nobody.</exception>
    public static void ThrowIfUndefined(ActorRef actor, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(actor))] string? paramName = null)
    {
        if (!Enum.IsDefined(actor.Kind))
        {
            throw new ArgumentException("The actor names nobody (default(ActorRef)); use ActorRef.Member, Operator, Anonymous or System.", paramName);
        }
    }

    private static string Auditable(string name, string paramName)
    {
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"An actor name has at most {MaxNameLength} characters.", paramName);
        }

        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("An actor name holds no control characters.", paramName);
            }
        }

        return name;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id}";
}
