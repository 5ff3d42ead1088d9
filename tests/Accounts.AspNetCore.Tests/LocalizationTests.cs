using System.Globalization;
using Accounts.Messages;
using Accounts.Passwords;
using Accounts.Results;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Accounts.AspNetCore.Tests;

[Trait("Req", "R-PWD-3")]
public sealed class LocalizationTests
{
    private static readonly Error TooShort = PasswordErrors.TooShort.Error("password", MessageDefinition.Argument("minimum", 8));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN_gb", "en")]
    [InlineData("ja-JP", "ja")]
    [InlineData("ja", "ja")]
    [InlineData("fr-FR", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ACultureName_ResolvesToItsLanguage(string? culture, string? language)
    {
        Assert.Equal(language, Language.Resolve(culture));
    }

    [Fact]
    public void TheCatalog_FallsBackFromASpecificCultureToItsLanguage_AndFromAnUnknownOneToJapanese()
    {
        Assert.Equal(MessageCatalog.Default.Describe(TooShort, "en"), MessageCatalog.Default.Describe(TooShort, "en-US"));
        Assert.Contains("at least 8", MessageCatalog.Default.Describe(TooShort, "en-US"), StringComparison.Ordinal);
        Assert.Equal(MessageCatalog.Default.Describe(TooShort, "ja"), MessageCatalog.Default.Describe(TooShort, "fr-FR"));
    }

    [Fact]
    public void TheHostsStringLocalizer_ComesFirst_AndTheCatalogAnswersForCodesItDoesNotKnow()
    {
        using var portal = new TestPortal(services: s => s.AddSingleton<IStringLocalizer<PortalTexts>>(new PortalTexts()), storage: b => b.AddInMemoryStores().UseStringLocalizer<PortalTexts>());
        var messages = portal.Get<AccountsMessageLocalizer>();

        Assert.Equal("Au moins 8 caractères.", messages.Describe(TooShort, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Contains("at least 8", messages.Describe(TooShort, CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
        Assert.Equal(MessageCatalog.Default.Describe(PasswordErrors.RequiresDigit.Error("password"), "ja"), messages.Describe(PasswordErrors.RequiresDigit.Error("password"), CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void WithoutACulture_TheCurrentUiCultureDecides()
    {
        using var portal = new TestPortal();
        var messages = portal.Get<AccountsMessageLocalizer>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(MessageCatalog.Default.Describe(TooShort, "en"), messages.Describe(TooShort));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>A host's texts: French for one code, nothing for the rest.</summary>
    private sealed class PortalTexts : IStringLocalizer<PortalTexts>
    {
        public LocalizedString this[string name] =>
            name == "password.too_short" && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr"
                ? new LocalizedString(name, "Au moins {minimum} caractères.")
                : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
