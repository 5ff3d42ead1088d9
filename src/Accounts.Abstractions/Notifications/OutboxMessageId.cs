using System.Diagnostics.CodeAnalysis;
using Accounts.Identifiers;

namespace Accounts.Notifications;

/// <summary>Identifies a message in the outbox; also the idempotency key of its delivery.</summary>
/// <param name="Value">The raw value; never <see cref="Guid.Empty"/> for an identifier in use.</param>
public readonly record struct OutboxMessageId(Guid Value) : ITypedId<OutboxMessageId>
{
    /// <inheritdoc />
    public static string Prefix => "msg";

    /// <inheritdoc />
    public static OutboxMessageId FromGuid(Guid value) => new(TypedId.RequireNonEmpty(value, nameof(value)));

    /// <inheritdoc />
    public static OutboxMessageId Parse(string s, IFormatProvider? provider) => TypedId.Parse<OutboxMessageId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OutboxMessageId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>msg_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
