using Accounts.DependencyInjection;

namespace Accounts.Configuration;

/// <summary>One key of the <c>Accounts</c> configuration section: its path, what it sets, and how.</summary>
/// <param name="Path">The path below the section, <c>:</c>-separated, for example <c>Lockout:LockoutDuration</c>.</param>
/// <param name="Format">What the value looks like, for the documentation.</param>
/// <param name="Description">What it sets.</param>
/// <param name="Apply">Sets the value on the options; throws <see cref="FormatException"/> or <see cref="ArgumentException"/> when it does not fit.</param>
internal sealed record ConfigurationKey(string Path, string Format, string Description, Action<AccountsOptions, string> Apply);
