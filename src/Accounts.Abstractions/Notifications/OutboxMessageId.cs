using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Accounts.Identifiers;
using Accounts.Serialization;

namespace Accounts.Notifications;

/// <summary>Identifies a message in the outbox; also the idempotency key of its delivery.</summary>
[JsonConverter(typeof(TypedIdJsonConverter<OutboxMessageId>))]
public readonly record struct OutboxMessageId : ITypedId<OutboxMessageId>
{
    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; never <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public OutboxMessageId(Guid value) => Value = TypedId.RequireNonEmpty(value, nameof(value));

    /// <inheritdoc />
    public static string Prefix => "msg";

    /// <summary>The raw value; <see cref="Guid.Empty"/> only for <c>default</c>, which APIs reject.</summary>
    public Guid Value { get; }

    /// <inheritdoc />
    public static OutboxMessageId FromGuid(Guid value) => new(value);

    /// <inheritdoc />
    public static OutboxMessageId Parse(string s, IFormatProvider? provider) => TypedId.Parse<OutboxMessageId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OutboxMessageId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>msg_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
