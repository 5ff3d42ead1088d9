namespace Accounts.Results;

/// <summary>A named value an <see cref="Error"/> message refers to, such as a length limit.</summary>
/// <param name="Name">The placeholder name used by message templates, for example <c>minimum</c>.</param>
/// <param name="Value">The value, already formatted with the invariant culture.</param>
public readonly record struct ErrorArgument(string Name, string Value);
