using Accounts.Members;
using Accounts.Operators;
using Accounts.Registration;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Registration;

/// <summary>A portal running the ClassNK 2025 campaign, with helpers to import legacy accounts and pre-register inside the window.</summary>
internal static class CampaignScenario
{
    public static PortalOperator Manager { get; } = new("ops-1", OperatorRole.CampaignManager);

    public static Instant InWindow { get; } = JapanClock.Instant(2025, 7, 1, 10, 0);

    public static Instant CutoverMorning { get; } = JapanClock.Instant(2025, 9, 28, 6, 0);

    public static PreRegisteredCompany Company(string name) => new()
    {
        Industry = TestPortal.Registration("x@example.jp").Organization.Industry,
        Profile = TestPortal.ValidProfile with { NameKanji = name },
    };

    public static TestPortal Portal(Action<Accounts.DependencyInjection.AccountsOptions>? configure = null) =>
        new(options =>
        {
            options.UseClassNkPresets();
            options.Campaign = RegistrationCampaign.ClassNk2025;
            configure?.Invoke(options);
        }, start: InWindow);

    public static async Task<LegacyAccountId> ImportAsync(TestPortal portal, string loginId, string? grantedBy = null)
    {
        var imported = await portal.PreRegistrations.ImportLegacyAccountsAsync(Manager, [new LegacyAccountImport(loginId, loginId + " 株式会社") { GrantedByLoginId = grantedBy }]);
        Assert.True(imported.IsSuccess, string.Join(", ", imported.Errors.Select(e => e.Code)));
        return PreRegistrationService.LegacyAccountIdOf(loginId);
    }

    public static async Task<PreRegistrationView> PreRegisterAsync(TestPortal portal, LegacyAccountId account, string company, params PreRegisteredPerson[] people)
    {
        var submitted = await portal.PreRegistrations.SubmitAsync(account, new SubmitPreRegistration { Company = Company(company), People = people });
        Assert.True(submitted.IsSuccess, string.Join(", ", submitted.Errors.Select(e => e.Code)));
        return submitted.Value;
    }

    public static PreRegisteredPerson Administrator(string email) => new(email, "管理 太郎", MemberType.Administrator);

    public static PreRegisteredPerson General(string email) => new(email, "一般 花子", MemberType.General);

    public static PreRegisteredPerson External(string email) => new(email, "外部 次郎", MemberType.ExternalInvited);
}
