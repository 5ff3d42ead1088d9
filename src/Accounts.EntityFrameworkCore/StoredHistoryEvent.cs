namespace Accounts.EntityFrameworkCore;

/// <summary>One step of an application's history as JSON text keeps it: the instant as extended ISO text, to the nanosecond.</summary>
/// <param name="At">When.</param>
/// <param name="Status">The status's name.</param>
/// <param name="Note">The note, if any.</param>
internal sealed record StoredHistoryEvent(string At, string Status, string? Note);
