namespace Accounts.Results;

/// <summary>
/// Advice that travels with a successful result and never blocks it, for example
/// "free-mail addresses are not recommended".
/// </summary>
/// <param name="Code">The stable code, for example <c>email.free_mail</c>.</param>
/// <param name="Target">The field the warning is about.</param>
/// <param name="Message">The default English message.</param>
public sealed record Warning(string Code, string Target, string Message);
