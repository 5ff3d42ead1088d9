using Microsoft.Extensions.Localization;

namespace Accounts.Messages;

/// <summary>The host's localizer for the library's codes, as registered by <c>UseStringLocalizer</c>.</summary>
/// <param name="Localizer">Texts keyed by code.</param>
internal sealed record AccountsStringLocalizer(IStringLocalizer Localizer);
