using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Accounts.Results;

/// <summary>
/// An expected failure: a rule broken, a transition not allowed, access denied, a missing
/// entity, a quota reached or a concurrency conflict.
/// </summary>
/// <remarks>
/// <para><see cref="Code"/> is stable and is what programs and tests compare; <see cref="Message"/>
/// is the default English text for logs and developers. Hosts show users a localized text from
/// the message catalog of <c>Accounts.Domain</c>, built from <see cref="Code"/> and
/// <see cref="Arguments"/>.</para>
/// <para>An error never carries a secret: no password, token, hash or salt goes into its
/// message or arguments.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Error is the name every C# result library uses; the type is not meant for Visual Basic callers.")]
public sealed record Error
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code, lower-case segments separated by dots, for example <c>password.too_short</c>.</param>
    /// <param name="target">The field or entity the error is about, for example <c>password</c>; empty when it concerns the whole request.</param>
    /// <param name="message">The default English message.</param>
    /// <param name="arguments">Values the message refers to, such as a limit, by name.</param>
    /// <param name="category">What kind of failure it is; a web host maps it to an HTTP status.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public Error(string code, string target, string message, ImmutableArray<ErrorArgument> arguments = default, ErrorCategory category = ErrorCategory.Validation)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not an error category.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Target = target;
        Message = message;
        Arguments = arguments.IsDefault ? [] : arguments;
        Category = category;
    }

    /// <summary>What kind of failure it is: validation, forbidden, not found, conflict, and so on.</summary>
    public ErrorCategory Category { get; }

    /// <summary>The stable, machine-readable code, for example <c>member.last_administrator</c>.</summary>
    public string Code { get; }

    /// <summary>The field or entity the error is about; empty when it concerns the whole request.</summary>
    public string Target { get; }

    /// <summary>The default English message. Localized texts come from the message catalog.</summary>
    public string Message { get; }

    /// <summary>The values the message refers to, such as <c>minimum = 8</c>.</summary>
    public ImmutableArray<ErrorArgument> Arguments { get; }

    /// <summary>Returns the value of the named argument, or <see langword="null"/> when the error has none by that name.</summary>
    /// <param name="name">The argument name.</param>
    public string? ArgumentValue(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Compares code, target, message, arguments and category.</summary>
    /// <param name="other">The error to compare with.</param>
    public bool Equals(Error? other) =>
        other is not null
        && Code == other.Code
        && Target == other.Target
        && Message == other.Message
        && Category == other.Category
        && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Target);

    /// <summary>Renders code, target and message; an error never holds a secret.</summary>
    public override string ToString() => Target.Length == 0 ? $"{Code}: {Message}" : $"{Code} [{Target}]: {Message}";
}
