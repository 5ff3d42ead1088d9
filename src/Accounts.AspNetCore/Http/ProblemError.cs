namespace Accounts.Http;

/// <summary>One error inside problem details' <c>errors</c>.</summary>
/// <param name="Code">The stable code, for example <c>password.too_short</c>.</param>
/// <param name="Target">The field or entity; empty for the whole request.</param>
/// <param name="Message">The text in the request's language.</param>
public sealed record ProblemError(string Code, string Target, string Message);
