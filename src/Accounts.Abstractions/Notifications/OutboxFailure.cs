using NodaTime;

namespace Accounts.Notifications;

/// <summary>A failed delivery attempt.</summary>
/// <param name="FailedAt">When the attempt failed.</param>
/// <param name="Reason">Why, without secrets: an exception type or a short description.</param>
/// <param name="RetryAt">When to try again; <see langword="null"/> abandons the message for a person to look at.</param>
public sealed record OutboxFailure(Instant FailedAt, string Reason, Instant? RetryAt);
