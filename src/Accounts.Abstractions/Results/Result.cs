using System.Collections.Immutable;

namespace Accounts.Results;

/// <summary>Creates <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>A successful result.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="warnings">Advice that does not block the result.</param>
    public static Result<T> Success<T>(T value, ImmutableArray<Warning> warnings = default) => new(value, warnings);

    /// <summary>A failed result with one error.</summary>
    /// <typeparam name="T">The value type the caller expected.</typeparam>
    /// <param name="error">The error.</param>
    public static Result<T> Failure<T>(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>([error]);
    }

    /// <summary>A failed result with every error found.</summary>
    /// <typeparam name="T">The value type the caller expected.</typeparam>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static Result<T> Failure<T>(ImmutableArray<Error> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new Result<T>(errors);
    }
}
