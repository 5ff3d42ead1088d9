namespace Accounts.Notifications;

/// <summary>What one run of the outbox dispatcher did.</summary>
/// <param name="Sent">Messages handed to the mail sender.</param>
/// <param name="Failed">Messages whose sending failed and that stay pending.</param>
/// <param name="Abandoned">Messages given up after too many failures.</param>
public readonly record struct DispatchReport(int Sent, int Failed, int Abandoned);
