using Accounts.Registration;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.Registration;

public sealed class RegistrationCampaignTests
{
    private static readonly RegistrationCampaign ClassNk = RegistrationCampaign.ClassNk2025;

    [Fact]
    [Trait("Req", "R-REG-1")]
    public void TheClassNkPreset_HasThePublishedDates()
    {
        Assert.Equal(
            (new LocalDate(2025, 6, 15), new LocalDate(2025, 9, 14), new LocalDate(2025, 9, 27), new LocalDate(2025, 9, 28)),
            (ClassNk.PreRegistrationOpens, ClassNk.PreRegistrationCloses, ClassNk.LastLegacyDay, ClassNk.CutoverDay));
    }

    [Theory]
    [Trait("Req", "R-REG-1")]
    [Trait("Req", "R-REG-2")]
    [Trait("Req", "R-REG-3")]
    [InlineData(2025, 6, 14, 23, 59, CampaignPhase.BeforePreRegistration)]
    [InlineData(2025, 6, 15, 0, 0, CampaignPhase.PreRegistration)]
    [InlineData(2025, 9, 14, 23, 59, CampaignPhase.PreRegistration)]
    [InlineData(2025, 9, 15, 0, 0, CampaignPhase.AwaitingCutover)]
    [InlineData(2025, 9, 27, 23, 59, CampaignPhase.AwaitingCutover)]
    [InlineData(2025, 9, 28, 0, 0, CampaignPhase.AfterCutover)]
    public void ThePhase_FollowsTheJapaneseDate_OpenAllDay(int year, int month, int day, int hour, int minute, CampaignPhase expected)
    {
        Assert.Equal(expected, ClassNk.PhaseAt(JapanClock.Instant(year, month, day, hour, minute)));
    }

    [Fact]
    [Trait("Req", "R-REG-2")]
    [Trait("Req", "R-REG-3")]
    public void PreRegistration_OutsideTheWindow_SaysWhenWithItsCode()
    {
        var early = ClassNk.CheckPreRegistration(JapanClock.Instant(2025, 6, 14, 12));
        var late = ClassNk.CheckPreRegistration(JapanClock.Instant(2025, 9, 15, 0));

        Assert.Null(ClassNk.CheckPreRegistration(JapanClock.Instant(2025, 9, 14, 23, 59)));
        Assert.Equal(("campaign.pre_registration_not_open", "2025-06-15"), (early!.Code, early.Arguments.Single().Value));
        Assert.Equal(("campaign.pre_registration_closed", "2025-09-28"), (late!.Code, late.Arguments.Single().Value));
    }

    [Fact]
    [Trait("Req", "R-REG-5")]
    public void TheLegacySharedAccount_SignsInUntilItsLastDay_AndNotFromCutover()
    {
        Assert.Null(ClassNk.CheckLegacySignIn(JapanClock.Instant(2025, 9, 27, 23, 59)));
        Assert.Equal("campaign.legacy_account_retired", ClassNk.CheckLegacySignIn(JapanClock.Instant(2025, 9, 28, 0, 0))!.Code);
    }

    [Fact]
    [Trait("Req", "R-REG-8")]
    public void ServicesOutsideTheMigration_KeepTheirLogins()
    {
        var campaign = ClassNk with { MigratedServices = ["nk-ships", "nk-pass"] };

        Assert.True(campaign.Migrates("nk-ships"));
        Assert.False(campaign.Migrates("legacy-survey"));
        Assert.True(ClassNk.Migrates("anything"));
    }

    [Fact]
    [Trait("Req", "R-REG-1")]
    public void DatesOutOfOrder_AreRefused_WithWhatTheOrderMustBe()
    {
        var refused = Assert.Throws<ArgumentException>(() => new RegistrationCampaign(new LocalDate(2025, 9, 14), new LocalDate(2025, 6, 15), new LocalDate(2025, 9, 27), new LocalDate(2025, 9, 28)));
        Assert.Contains("window opens (2025-09-14) ≤ window closes (2025-06-15)", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RegistrationCampaign(new LocalDate(2025, 6, 15), new LocalDate(2025, 9, 28), new LocalDate(2025, 9, 27), new LocalDate(2025, 9, 28)));
        Assert.Throws<ArgumentException>(() => new RegistrationCampaign(new LocalDate(2025, 6, 15), new LocalDate(2025, 9, 14), new LocalDate(2025, 9, 28), new LocalDate(2025, 9, 28)));
    }

    [Property(MaxTest = 500)]
    [Trait("Req", "R-REG-2")]
    [Trait("Req", "R-REG-3")]
    public Property Property_EditsAreAccepted_ExactlyInsideTheWindow()
    {
        var campaigns = from opens in Gen.Choose(0, 3000)
                        from length in Gen.Choose(0, 120)
                        from gap in Gen.Choose(1, 30)
                        select new RegistrationCampaign(
                            new LocalDate(2020, 1, 1).PlusDays(opens),
                            new LocalDate(2020, 1, 1).PlusDays(opens + length),
                            new LocalDate(2020, 1, 1).PlusDays(opens + length + gap - 1),
                            new LocalDate(2020, 1, 1).PlusDays(opens + length + gap));
        var offsets = Gen.Choose(-3 * 24 * 60, 200 * 24 * 60);

        return Prop.ForAll(campaigns.ToArbitrary(), offsets.ToArbitrary(), (campaign, minutes) =>
        {
            var now = JapanClock.Instant(campaign.PreRegistrationOpens.Year, campaign.PreRegistrationOpens.Month, campaign.PreRegistrationOpens.Day) + Duration.FromMinutes(minutes);
            var day = now.InZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).Date;
            var inside = day >= campaign.PreRegistrationOpens && day <= campaign.PreRegistrationCloses;
            return (campaign.CheckPreRegistration(now) is null) == inside
                && (campaign.CheckLegacySignIn(now) is null) == (day < campaign.CutoverDay && day <= campaign.LastLegacyDay);
        });
    }
}
