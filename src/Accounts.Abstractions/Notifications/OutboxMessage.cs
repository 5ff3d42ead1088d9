using System.Collections.Immutable;
using NodaTime;

namespace Accounts.Notifications;

/// <summary>
/// A mail waiting in the outbox: which template, to whom, in which language, with which
/// values. Rendered and sent by the outbox dispatcher, with <see cref="Id"/> as the
/// idempotency key.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>The identifier, also the idempotency key of the delivery.</summary>
    public required OutboxMessageId Id { get; init; }

    /// <summary>The template key, for example <c>member.invitation</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The recipients' addresses.</summary>
    public required ImmutableArray<string> To { get; init; }

    /// <summary>The language, <c>ja</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The values the template fills in; secret ones are erased after sending.</summary>
    public ImmutableArray<MailParameter> Parameters { get; init; } = [];

    /// <summary>When the message was written.</summary>
    public required Instant CreatedAt { get; init; }

    /// <summary>Pending, sent or abandoned; managed by the outbox.</summary>
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    /// <summary>Failed attempts so far; managed by the outbox.</summary>
    public int Attempts { get; init; }

    /// <summary>Why the last attempt failed; managed by the outbox.</summary>
    public string? LastError { get; init; }

    /// <summary>When the message was sent; managed by the outbox.</summary>
    public Instant? SentAt { get; init; }

    /// <summary>When the next attempt is due after a failure; <see langword="null"/> when due at once. Managed by the outbox.</summary>
    public Instant? NextAttemptAt { get; init; }

    /// <summary>The dispatcher that holds the message; managed by the outbox.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>When the current claim runs out; managed by the outbox.</summary>
    public Instant? ClaimExpiresAt { get; init; }

    /// <summary>The value of a parameter, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter name.</param>
    public string? Parameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter.Value;
            }
        }

        return null;
    }

    /// <summary>Shows everything but secret values.</summary>
    public override string ToString() =>
        $"OutboxMessage {{ Id = {Id}, Template = {Template}, To = [{string.Join(", ", To)}], Language = {Language}, Parameters = [{string.Join(", ", Parameters)}], Status = {Status}, Attempts = {Attempts}, NextAttemptAt = {NextAttemptAt} }}";
}
