using System.Globalization;
using Accounts.Results;
using Ardalis.GuardClauses;
using Microsoft.Extensions.Localization;

namespace Accounts.Messages;

/// <summary>
/// Describes errors and warnings in the language of a culture: first through the host's
/// <see cref="IStringLocalizer"/> when one is set (keyed by code), then through the portal's
/// <see cref="MessageCatalog"/>. Resolve it from the container.
/// </summary>
/// <remarks>
/// A localized string may name the error's arguments in braces, as catalog templates do. A
/// code the localizer does not know (its <see cref="LocalizedString.ResourceNotFound"/>) falls
/// back to the catalog, which falls back from a specific culture to its language
/// (<c>en-US</c> → <c>en</c>) and from a language it has no texts in to Japanese.
/// </remarks>
public sealed class AccountsMessageLocalizer
{
    private readonly MessageCatalog _catalog;
    private readonly IStringLocalizer? _localizer;

    /// <summary>Creates a describer over a catalog and, optionally, the host's localizer.</summary>
    /// <param name="catalog">The portal's catalog, usually <c>AccountsPolicies.Messages</c>.</param>
    /// <param name="localizer">The host's texts, keyed by code; <see langword="null"/> uses the catalog alone.</param>
    public AccountsMessageLocalizer(MessageCatalog catalog, IStringLocalizer? localizer = null)
    {
        _catalog = Guard.Against.Null(catalog);
        _localizer = localizer;
    }

    /// <summary>The text of an error in a culture, with its arguments filled in.</summary>
    /// <param name="error">The error.</param>
    /// <param name="culture">The culture; <see langword="null"/> takes <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string Describe(Error error, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        culture ??= CultureInfo.CurrentUICulture;
        return Localized(error.Code, culture) is { } template
            ? MessageTemplate.Format(template, error.Arguments.AsSpan())
            : _catalog.Describe(error, culture.Name);
    }

    /// <summary>The text of a warning in a culture.</summary>
    /// <param name="warning">The warning.</param>
    /// <param name="culture">The culture; <see langword="null"/> takes <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string Describe(Warning warning, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(warning);
        culture ??= CultureInfo.CurrentUICulture;
        return Localized(warning.Code, culture) ?? _catalog.Describe(warning, culture.Name);
    }

    private string? Localized(string code, CultureInfo culture)
    {
        if (_localizer is null)
        {
            return null;
        }

        // IStringLocalizer reads the current UI culture; it is flowed per async context, so setting it here is seen by nobody else.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = _localizer[code];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
