using Accounts.DependencyInjection;
using Accounts.Domain.Tests;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.SignIn;
using Accounts.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Accounts.AspNetCore.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void TheSection_SetsPoliciesByPresetAndKey_WithIsoAndTimeSpanDurations()
    {
        var policies = Policies(new()
        {
            ["Accounts:Preset"] = "Nexi",
            ["Accounts:Quotas:MaxApplicants"] = "49",
            ["Accounts:Lockout:LockoutDuration"] = "PT30M",
            ["Accounts:Invitations:Lifetime"] = "14.00:00:00",
            ["Accounts:Passwords:MaximumAge"] = "P90D",
            ["Accounts:PortalName"] = "NEXI Web",
            ["Accounts:DefaultLanguage"] = "en",
        });

        Assert.Equal(QuotaPolicy.Nexi with { MaxApplicants = 49 }, policies.Quotas);
        Assert.Equal(1, policies.Quotas.MaxAdministrators);
        Assert.Equal(Duration.FromMinutes(30), policies.Lockout.LockoutDuration);
        Assert.Equal(Duration.FromDays(14), policies.Invitations.Lifetime);
        Assert.Equal(Duration.FromDays(90), policies.Passwords.MaximumAge);
        Assert.Equal("NEXI Web", policies.PortalName);
    }

    [Fact]
    public void APasswordPreset_ByName_IsAdjustedByTheKeysAfterIt()
    {
        var policies = Policies(new() { ["Accounts:Passwords:Preset"] = "NistSp80063B", ["Accounts:Passwords:MinimumLength"] = "12" });

        Assert.Equal(PasswordPolicy.NistSp80063B with { MinimumLength = 12 }, policies.Passwords);
    }

    [Fact]
    [Trait("Req", "R-ORG-4")]
    public void TheFullWidthKey_SetsEveryFullWidthFieldOfTheProfileAndTheOnboardingForm_AndNoOtherField()
    {
        var policies = Policies(new() { ["Accounts:Preset"] = "Nexi", ["Accounts:FullWidth"] = "Cp932" });

        Assert.Equal(OrganizationProfilePolicy.Nexi.WithFullWidth(FullWidthRepertoire.Cp932), policies.Profile);
        Assert.Equal(FullWidthRepertoire.Cp932, policies.Profile.NameKanji.FullWidth);
        Assert.Equal(FullWidthRepertoire.Cp932, policies.Profile.RepresentativeName.FullWidth);
        Assert.Equal(TextKind.Katakana, policies.Profile.NameKatakana.Kind);
        Assert.Equal(FullWidthRepertoire.Cp932, policies.Onboarding.AdministratorName.FullWidth);
        Assert.Equal(FullWidthRepertoire.JisX0208, OrganizationProfilePolicy.Nexi.NameKanji.FullWidth);
        Assert.True(TextValidation.IsValid("髙橋商事", policies.Profile.NameKanji));
        Assert.False(TextValidation.IsValid("髙橋商事", OrganizationProfilePolicy.Nexi.NameKanji));
    }

    [Fact]
    public void ThePresets_SetTheSignInIdentifier_AndTheKeysAfterThemAdjustIt()
    {
        var nexi = Policies(new() { ["Accounts:Preset"] = "Nexi" });
        var threeDigits = Policies(new() { ["Accounts:Preset"] = "Nexi", ["Accounts:SignInIdentifier:SerialDigits"] = "3" });
        var classNk = Policies(new() { ["Accounts:Preset"] = "ClassNk" });

        Assert.Equal(SignInIdentifierPolicy.Nexi, nexi.SignInIdentifier);
        Assert.Equal(SignInIdentifierPolicy.Nexi with { SerialDigits = 3 }, threeDigits.SignInIdentifier);
        Assert.Equal(SignInIdentifierPolicy.EmailAddress, classNk.SignInIdentifier);
        Assert.Throws<OptionsValidationException>(() => Policies(new() { ["Accounts:SignInIdentifier:Kind"] = "IssuedUserId" }));
    }

    [Fact]
    public async Task BadValuesAndUnknownKeys_StopTheHostAtStart_EachWithItsPath()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Accounts:Lockout:LockoutDuration"] = "P1M",
            ["Accounts:Quotas:MaxApplicants"] = "many",
            ["Accounts:Passwords:MinimumLength"] = "0",
            ["Accounts:Pasword:MinimumLength"] = "8",
            ["Accounts:FullWidth"] = "ShiftJis",
        });
        builder.Services.AddAccounts(builder.Configuration.GetSection("Accounts")).AddInMemoryStores();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Collection(
            failure.Failures.Order(StringComparer.Ordinal),
            f => Assert.StartsWith("Accounts:FullWidth: 'ShiftJis' is not one of", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Accounts:Lockout:LockoutDuration: 'P1M' counts months", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Accounts:Passwords:MinimumLength: A password has at least one character.", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Accounts:Pasword:MinimumLength: not a setting", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Accounts:Quotas:MaxApplicants: 'many' is not a whole number.", f, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAppSettingsExampleInTheReadme_IsAValidConfiguration()
    {
        var readme = File.ReadAllText(Path.Combine(GoldenDocs.RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddAccounts(configuration.GetSection("Accounts")).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        var policies = provider.GetRequiredService<AccountsPolicies>();

        Assert.Equal(QuotaPolicy.Nexi.MaxApplicants, policies.Quotas.MaxApplicants);
        Assert.True(policies.OneTimePasswordsEnabled);
    }

    private static AccountsPolicies Policies(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddAccounts(configuration.GetSection("Accounts")).AddInMemoryStores();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<AccountsPolicies>();
    }
}
