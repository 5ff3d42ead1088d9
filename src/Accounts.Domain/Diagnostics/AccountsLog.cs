using Accounts.Members;
using Accounts.Notifications;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Accounts.Diagnostics;

/// <summary>
/// Every message the library logs, with its event ID; the README lists them. Messages name
/// identifiers and codes, never an address, a password, a token or a key.
/// </summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 1001, EventName = "UseCaseRefused", Level = LogLevel.Information, Message = "{Action} on '{Target}' refused: {Code}")]
    public static partial void UseCaseRefused(ILogger logger, string action, string target, string code);

    [LoggerMessage(EventId = 1002, EventName = "CommitConflict", Level = LogLevel.Debug, Message = "{Action} on '{Target}' met a concurrent change at attempt {Attempt}; running it again")]
    public static partial void CommitConflict(ILogger logger, string action, string target, int attempt);

    [LoggerMessage(EventId = 1003, EventName = "ConflictGaveUp", Level = LogLevel.Warning, Message = "{Action} on '{Target}' gave up after {Attempts} attempts: {Code}")]
    public static partial void ConflictGaveUp(ILogger logger, string action, string target, int attempts, string code);

    [LoggerMessage(EventId = 2001, EventName = "SignInRefused", Level = LogLevel.Information, Message = "Sign-in step {Step} refused for '{Target}': {Outcome}")]
    public static partial void SignInRefused(ILogger logger, string step, MemberId? target, string outcome);

    [LoggerMessage(EventId = 2002, EventName = "LockedOut", Level = LogLevel.Warning, Message = "Member {MemberId} is locked out until {Until} after too many wrong guesses")]
    public static partial void LockedOut(ILogger logger, MemberId memberId, Instant until);

    [LoggerMessage(EventId = 3001, EventName = "MailFailed", Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed at attempt {Attempt} ({Reason}); next try at {RetryAt}")]
    public static partial void MailFailed(ILogger logger, OutboxMessageId messageId, int attempt, string reason, Instant retryAt);

    [LoggerMessage(EventId = 3002, EventName = "MailAbandoned", Level = LogLevel.Error, Message = "Outbox message {MessageId} abandoned at attempt {Attempt}: {Reason}")]
    public static partial void MailAbandoned(ILogger logger, OutboxMessageId messageId, int attempt, string reason);

    [LoggerMessage(EventId = 3003, EventName = "OutboxDispatched", Level = LogLevel.Debug, Message = "Outbox run: {Sent} sent, {Failed} to retry, {Abandoned} abandoned")]
    public static partial void OutboxDispatched(ILogger logger, int sent, int failed, int abandoned);
}
