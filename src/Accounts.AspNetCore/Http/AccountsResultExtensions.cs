using Accounts.Messages;
using Accounts.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Http;

/// <summary>Answers a minimal-API endpoint with a library result: the value on success, problem details on failure.</summary>
public static class AccountsResultExtensions
{
    /// <summary>Problem details of errors, in the request's culture, with the first error's category's status.</summary>
    /// <param name="errors">The errors of a failed result.</param>
    /// <param name="context">The request; its services hold the <see cref="AccountsMessageLocalizer"/>.</param>
    public static IResult ToProblem(this IReadOnlyList<Error> errors, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(context);
        var problem = AccountsProblemDetails.Create(errors, context.RequestServices.GetRequiredService<AccountsMessageLocalizer>());
        return Microsoft.AspNetCore.Http.Results.Problem(problem);
    }

    /// <summary>The value answered by <paramref name="onSuccess"/>, or problem details.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="context">The request.</param>
    /// <param name="onSuccess">Answers the value, for example <c>value => Results.Ok(value)</c>.</param>
    public static IResult ToHttpResult<T>(this Result<T> result, HttpContext context, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : result.Errors.ToProblem(context);
    }
}
