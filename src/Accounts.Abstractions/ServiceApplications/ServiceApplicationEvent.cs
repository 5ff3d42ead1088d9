using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>One step in an application's history: what it became, when, and the note given (a rejection reason, the changes asked for).</summary>
/// <param name="At">When.</param>
/// <param name="Status">The status it moved to.</param>
/// <param name="Note">The reason or request given with the step, if any.</param>
public sealed record ServiceApplicationEvent(Instant At, ServiceApplicationStatus Status, string? Note = null);
