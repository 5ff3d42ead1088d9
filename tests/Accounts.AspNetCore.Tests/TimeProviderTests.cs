using Accounts.Members;
using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Accounts.AspNetCore.Tests;

public sealed class TimeProviderTests
{
    [Fact]
    [Trait("Req", "R-ACC-6")]
    public async Task AHostsFakeTimeProvider_DrivesTheLibrary_InvitationsExpireWhenItAdvances()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        using var portal = new TestPortal(storage: b => b.AddInMemoryStores().UseTimeProvider(time));
        var (_, administrator) = await portal.RegisterOrganizationAsync();
        await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "late@org.example.jp", DisplayName = "Late" });
        var token = await portal.LatestTokenAsync("late@org.example.jp");

        time.Advance(TimeSpan.FromDays(8));
        var accepted = await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = token, Password = TestPortal.Password });

        Assert.Equal("invitation.expired", accepted.FirstError?.Code);
        Assert.Equal(Instant.FromUtc(2026, 4, 9, 0, 0), portal.Get<IClock>().GetCurrentInstant());
    }

    [Fact]
    public void ARegisteredTimeProvider_IsTheClock_WithoutAnyCall()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddAccounts().AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Instant.FromUtc(2030, 1, 2, 3, 4, 5), provider.GetRequiredService<IClock>().GetCurrentInstant());
    }
}
