using Accounts.Members;

namespace Accounts.Auditing;

/// <summary>Names who performed an action, for the audit trail (利用履歴の追跡).</summary>
/// <remarks>An account is kept as its typed identifier and formatted only when shown.</remarks>
public readonly record struct ActorRef
{
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
    public static ActorRef Operator(string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        return new ActorRef(ActorKind.Operator, null, operatorId);
    }

    /// <summary>Someone not signed in.</summary>
    /// <param name="hint">What is known, for example the e-mail address given at sign-in; never a secret.</param>
    public static ActorRef Anonymous(string? hint = null) => new(ActorKind.Anonymous, null, hint ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id}";
}
