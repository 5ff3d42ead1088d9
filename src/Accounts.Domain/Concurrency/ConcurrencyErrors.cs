using Accounts.Messages;
using Accounts.Results;

namespace Accounts.Concurrency;

/// <summary>The codes of optimistic concurrency.</summary>
public static class ConcurrencyErrors
{
    /// <summary><c>concurrency.conflict</c>: the data kept changing under the operation; it was retried and then given up. Try again.</summary>
    public static MessageDefinition Conflict { get; } = new("concurrency.conflict", "The data was changed by someone else at the same time. Try again.", "他の操作と同時に更新されたため処理できませんでした。もう一度お試しください。", ErrorCategory.Conflict);

    /// <summary>Every definition of this group.</summary>
    public static IReadOnlyList<MessageDefinition> All { get; } = [Conflict];
}
