using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Accounts.Results;

/// <summary>
/// The outcome of an operation whose failures are expected: either a value (with optional
/// warnings) or one or more <see cref="Error"/>s, each with a stable code.
/// </summary>
/// <remarks>
/// Misuse of an API (a <see langword="null"/> argument, an uninitialized identifier) throws
/// instead. A <c>default</c> result is neither a success nor a failure; reading its value throws.
/// A successful result allocates nothing beyond its value.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct Result<T> : IEquatable<Result<T>>
{
    private readonly T? _value;
    private readonly ImmutableArray<Error> _errors;
    private readonly ImmutableArray<Warning> _warnings;
    private readonly bool _isSuccess;

    internal Result(T value, ImmutableArray<Warning> warnings)
    {
        _value = value;
        _errors = [];
        _warnings = warnings.IsDefault ? [] : warnings;
        _isSuccess = true;
    }

    internal Result(ImmutableArray<Error> errors)
    {
        _value = default;
        _errors = errors;
        _warnings = [];
        _isSuccess = false;
    }

    /// <summary>Whether the operation succeeded and <see cref="Value"/> holds its value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => _isSuccess;

    /// <summary>Whether the operation failed; <see cref="Errors"/> says why.</summary>
    public bool IsFailure => !_isSuccess && !_errors.IsDefaultOrEmpty;

    /// <summary>The value of a successful result.</summary>
    /// <exception cref="InvalidOperationException">The result is not a success.</exception>
    public T Value => _isSuccess
        ? _value!
        : throw new InvalidOperationException(_errors.IsDefaultOrEmpty
            ? "The result was never initialized."
            : $"The result is a failure ({_errors[0].Code}); read Errors instead of Value.");

    /// <summary>The errors of a failed result; empty for a success.</summary>
    public ImmutableArray<Error> Errors => _errors.IsDefault ? [] : _errors;

    /// <summary>The warnings of a successful result; empty when there are none.</summary>
    public ImmutableArray<Warning> Warnings => _warnings.IsDefault ? [] : _warnings;

    /// <summary>The first error of a failed result, or <see langword="null"/>.</summary>
    public Error? FirstError => _errors.IsDefaultOrEmpty ? null : _errors[0];

    /// <summary>Wraps a value in a successful result.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Result<T>(T value) => new(value, []);

    /// <summary>Wraps an error in a failed result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result<T>(Error error) => Result.Failure<T>(error);

    /// <summary>Whether the result failed with an error of the given code.</summary>
    /// <param name="code">The error code.</param>
    public bool HasError(string code)
    {
        foreach (var error in Errors)
        {
            if (error.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the value when the result succeeded.</summary>
    /// <param name="value">The value, or <c>default</c>.</param>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return _isSuccess;
    }

    /// <summary>Transforms the value of a success; passes failures through unchanged.</summary>
    /// <typeparam name="TResult">The new value type.</typeparam>
    /// <param name="map">The transformation.</param>
    public Result<TResult> Map<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return _isSuccess ? new Result<TResult>(map(_value!), Warnings) : new Result<TResult>(Errors);
    }

    /// <summary>Continues with another fallible step on success; passes failures through unchanged.</summary>
    /// <typeparam name="TResult">The new value type.</typeparam>
    /// <param name="next">The next step.</param>
    public Result<TResult> Then<TResult>(Func<T, Result<TResult>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return _isSuccess ? next(_value!) : new Result<TResult>(Errors);
    }

    /// <summary>Returns the same result carrying the given warnings as well.</summary>
    /// <param name="warnings">Warnings to add.</param>
    public Result<T> WithWarnings(ImmutableArray<Warning> warnings) =>
        !_isSuccess || warnings.IsDefaultOrEmpty ? this : new Result<T>(_value!, Warnings.AddRange(warnings));

    /// <inheritdoc />
    public bool Equals(Result<T> other) =>
        _isSuccess == other._isSuccess
        && EqualityComparer<T?>.Default.Equals(_value, other._value)
        && Errors.SequenceEqual(other.Errors)
        && Warnings.SequenceEqual(other.Warnings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isSuccess ? HashCode.Combine(true, _value) : HashCode.Combine(false, Errors.Length);

    /// <inheritdoc />
    public override string ToString() => _isSuccess
        ? $"Success({_value})"
        : _errors.IsDefaultOrEmpty ? "Uninitialized" : $"Failure({string.Join(", ", _errors.Select(e => e.Code))})";

    /// <summary>Compares two results.</summary>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);
}
