using NodaTime;

namespace Accounts.Notifications;

/// <summary>How much mail waits in the outbox.</summary>
/// <param name="Pending">How many messages are pending, claimed or not.</param>
/// <param name="OldestCreatedAt">When the oldest pending message was written; <see langword="null"/> when none waits.</param>
public readonly record struct OutboxBacklog(int Pending, Instant? OldestCreatedAt);
