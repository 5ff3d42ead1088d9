using System.Globalization;
using Accounts.Messages;
using Accounts.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Accounts.Http;

/// <summary>
/// Turns the library's errors into RFC 9457 problem details: the HTTP status by the first
/// error's <see cref="ErrorCategory"/>, the title in the request's language, and every error
/// with its code, field and text under <c>errors</c>.
/// </summary>
public static class AccountsProblemDetails
{
    /// <summary>The URI prefix of a problem's <c>type</c>; the code follows, for example <c>urn:accounts:error:password.too_short</c>.</summary>
    public const string TypePrefix = "urn:accounts:error:";

    /// <summary>The HTTP status for an error category.</summary>
    /// <param name="category">The category.</param>
    public static int StatusCodeFor(ErrorCategory category) => category switch
    {
        ErrorCategory.Validation => StatusCodes.Status422UnprocessableEntity,
        ErrorCategory.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorCategory.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCategory.NotFound => StatusCodes.Status404NotFound,
        ErrorCategory.Conflict => StatusCodes.Status409Conflict,
        ErrorCategory.Gone => StatusCodes.Status410Gone,
        ErrorCategory.Locked => StatusCodes.Status423Locked,
        ErrorCategory.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not an error category."),
    };

    /// <summary>Describes errors as problem details.</summary>
    /// <param name="errors">The errors of a failed result; at least one.</param>
    /// <param name="messages">Describes each error in the culture.</param>
    /// <param name="culture">The language of the texts; <see langword="null"/> takes the current UI culture.</param>
    public static ProblemDetails Create(IReadOnlyList<Error> errors, AccountsMessageLocalizer messages, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(messages);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A problem has at least one error.", nameof(errors));
        }

        var first = errors[0];
        var problem = new ProblemDetails
        {
            Type = TypePrefix + first.Code,
            Title = messages.Describe(first, culture),
            Status = StatusCodeFor(first.Category),
        };
        problem.Extensions["code"] = first.Code;
        problem.Extensions["errors"] = errors.Select(error => new ProblemError(error.Code, error.Target, messages.Describe(error, culture))).ToArray();
        return problem;
    }
}
