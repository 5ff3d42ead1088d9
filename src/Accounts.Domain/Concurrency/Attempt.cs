using Accounts.Results;

namespace Accounts.Concurrency;

/// <summary>One try of a use case under optimistic concurrency: a final result, or a conflict to retry.</summary>
/// <typeparam name="T">The result value.</typeparam>
/// <param name="Result">The final result, when there was no conflict.</param>
/// <param name="IsConflict">Whether the commit met a concurrent change and the use case should run again.</param>
internal readonly record struct Attempt<T>(Result<T> Result, bool IsConflict)
{
    public static Attempt<T> Conflict => new(default, true);

    public static implicit operator Attempt<T>(Result<T> result) => new(result, false);

    public static implicit operator Attempt<T>(Error error) => new(error, false);
}
