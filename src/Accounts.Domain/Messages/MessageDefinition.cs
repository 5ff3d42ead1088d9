using System.Globalization;
using Accounts.Results;

namespace Accounts.Messages;

/// <summary>
/// A stable code with its message in English and Japanese: the single place a code's texts
/// are written. Templates name their values in braces, for example <c>{minimum}</c>.
/// </summary>
/// <param name="Code">The stable code, for example <c>password.too_short</c>.</param>
/// <param name="English">The English template.</param>
/// <param name="Japanese">The Japanese template.</param>
/// <param name="Category">What kind of failure the code is; warnings keep <see cref="ErrorCategory.Validation"/>.</param>
public sealed record MessageDefinition(string Code, string English, string Japanese, ErrorCategory Category = ErrorCategory.Validation)
{
    /// <summary>Creates an error about a target, without values.</summary>
    /// <param name="target">The field or entity.</param>
    public Error Error(string target) => new(Code, target, English, category: Category);

    /// <summary>Creates an error about a target, with the values its template names.</summary>
    /// <param name="target">The field or entity.</param>
    /// <param name="arguments">The values, by name.</param>
    public Error Error(string target, params ReadOnlySpan<ErrorArgument> arguments) =>
        new(Code, target, MessageTemplate.Format(English, arguments), [.. arguments], Category);

    /// <summary>Creates a warning about a target.</summary>
    /// <param name="target">The field.</param>
    public Warning Warning(string target) => new(Code, target, English);

    /// <summary>Creates a named value, formatted with the invariant culture.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The value.</param>
    public static ErrorArgument Argument(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates a named value.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The value.</param>
    public static ErrorArgument Argument(string name, string value) => new(name, value);
}
