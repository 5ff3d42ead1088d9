using Accounts.Members;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Members;

/// <summary>The seat counts an organization keeps, step by step, through the changes that move a disabled account.</summary>
[Trait("Req", "R-ACC-5")]
public sealed class SeatCountTests
{
    [Fact]
    public async Task ADisabledAdministrator_IsCountedApart_AndBackAmongTheActiveOnceReenabled()
    {
        var portal = new TestPortal();
        var (organization, first) = await portal.RegisterOrganizationAsync();
        var second = await portal.InviteAndAcceptAsync(first, "second@org.example.jp", MemberType.Administrator);

        await portal.Members.DisableAsync(first, second);
        var whileDisabled = portal.Organization(organization)!.Seats;
        await portal.Members.EnableAsync(first, second);

        Assert.Equal(new SeatCounts(2, 0, 0, 0, DisabledAdministrators: 1), whileDisabled);
        Assert.Equal(1, whileDisabled.ActiveAdministrators);
        Assert.Equal(new SeatCounts(2, 0, 0, 0, 0), portal.Organization(organization)!.Seats);
        Assert.Equal(2, portal.Organization(organization)!.Seats.ActiveAdministrators);
    }

    [Fact]
    public async Task DeletingADisabledAdministrator_FreesItsSeat_AndItsDisabledCount()
    {
        var portal = new TestPortal();
        var (organization, first) = await portal.RegisterOrganizationAsync();
        var second = await portal.InviteAndAcceptAsync(first, "second@org.example.jp", MemberType.Administrator);
        await portal.Members.DisableAsync(first, second);

        var deleted = await portal.Members.DeleteAsync(first, second);

        Assert.True(deleted.IsSuccess, string.Join(", ", deleted.Errors));
        Assert.Equal(new SeatCounts(1, 0, 0, 0, 0), portal.Organization(organization)!.Seats);
        Assert.Equal(1, portal.Organization(organization)!.Seats.ActiveAdministrators);
    }

    [Fact]
    public async Task ADisabledGeneralUser_KeepsItsSeat_AndTheReenabledOneHoldsTheSameSeat()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "user@org.example.jp");

        await portal.Members.DisableAsync(administrator, general);
        var whileDisabled = portal.Organization(organization)!.Seats;
        await portal.Members.EnableAsync(administrator, general);

        Assert.Equal(new SeatCounts(1, 1, 0, 0, 0), whileDisabled);
        Assert.Equal(new SeatCounts(1, 1, 0, 0, 0), portal.Organization(organization)!.Seats);
    }

    [Fact]
    public async Task ChangingTheTypeOfADisabledAccount_MovesItsSeat_AndKeepsItDisabled()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "user@org.example.jp");
        await portal.Members.DisableAsync(administrator, general);

        var changed = await portal.Members.ChangeTypeAsync(administrator, general, MemberType.ExternalInvited);

        Assert.True(changed.IsSuccess, string.Join(", ", changed.Errors));
        Assert.Equal((MemberType.ExternalInvited, MemberStatus.Disabled), (changed.Value.Type, changed.Value.Status));
        Assert.Equal(new SeatCounts(1, 0, 1, 0, 0), portal.Organization(organization)!.Seats);
    }

    [Fact]
    public async Task ADisabledGeneralUserPromotedToAdministrator_IsADisabledAdministrator_ThatKeepsNoOrganization()
    {
        var portal = new TestPortal();
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var general = await portal.InviteAndAcceptAsync(administrator, "user@org.example.jp");
        await portal.Members.DisableAsync(administrator, general);

        await portal.Members.ChangeTypeAsync(administrator, general, MemberType.Administrator);
        var lastActive = await portal.Members.DisableAsync(administrator, administrator);

        Assert.Equal(new SeatCounts(2, 0, 0, 0, DisabledAdministrators: 1), portal.Organization(organization)!.Seats);
        Assert.Equal("member.last_administrator", lastActive.FirstError?.Code);
    }
}
