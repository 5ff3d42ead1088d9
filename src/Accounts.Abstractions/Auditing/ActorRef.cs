using Accounts.Members;

namespace Accounts.Auditing;

/// <summary>Names who performed an action, for the audit trail (利用履歴の追跡).</summary>
/// <param name="Kind">Account, operator, system or anonymous.</param>
/// <param name="Id">The account identifier, the operator's identifier, or a hint such as the e-mail address given at sign-in.</param>
public readonly record struct ActorRef(ActorKind Kind, string Id)
{
    /// <summary>The portal itself.</summary>
    public static ActorRef System { get; } = new(ActorKind.System, "system");

    /// <summary>A person acting with a personal account.</summary>
    /// <param name="id">The account.</param>
    public static ActorRef Account(AccountId id) => new(ActorKind.Account, id.ToString());

    /// <summary>A portal operator.</summary>
    /// <param name="operatorId">The operator's identifier in the host.</param>
    public static ActorRef Operator(string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        return new ActorRef(ActorKind.Operator, operatorId);
    }

    /// <summary>Someone not signed in.</summary>
    /// <param name="hint">What is known, for example the e-mail address given at sign-in; never a secret.</param>
    public static ActorRef Anonymous(string? hint = null) => new(ActorKind.Anonymous, hint ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id}";
}
