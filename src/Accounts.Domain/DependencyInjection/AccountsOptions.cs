namespace Accounts.DependencyInjection;

/// <summary>
/// The policies a host chooses for its portal. Every policy is an immutable value with named
/// presets; replace a whole policy or derive one with a <c>with</c> expression.
/// </summary>
public sealed class AccountsOptions
{
}
