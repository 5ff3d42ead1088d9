using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Testing;

namespace Accounts.Domain.Tests.Passwords;

[Trait("Req", "R-PWD-4")]
public sealed class InitialPasswordBeforeAnythingElseTests
{
    [Fact]
    public async Task AnAdministratorWithItsInitialPassword_IsRefusedEveryActionButTheChange_AndNothingIsWritten()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"))).Value;
        var administrator = registered.AdministratorId;
        var mailBefore = portal.Database.OutboxMessages.Count;

        var refusals = new List<Error?>
        {
            (await portal.Invitations.InviteAsync(administrator, Applicant("hanako@nexi.example.jp"))).FirstError,
            (await portal.Members.ListMembersAsync(administrator)).FirstError,
            (await portal.Organizations.UpdateProfileAsync(administrator, registered.OrganizationId, TestPortal.ValidProfile with { RepresentativeTitle = "代表取締役" })).FirstError,
            (await portal.OneTimePasswords.BeginEnrollmentAsync(administrator)).FirstError,
            (await portal.Services.ListAsync(administrator)).FirstError,
            (await portal.Members.DisableAsync(administrator, administrator)).FirstError,
        };

        Assert.All(refusals, refusal => Assert.Equal("password.change_required", refusal?.Code));
        Assert.Equal(1, portal.Database.CountOf(MemberSnapshot.Aggregate));
        Assert.Equal(mailBefore, portal.Database.OutboxMessages.Count);
        Assert.Null(portal.Member(administrator)!.Credential!.OneTimePassword);
    }

    [Fact]
    public async Task OnceTheInitialPasswordIsChanged_TheSameActionsAreAllowed()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var registered = (await portal.Organizations.RegisterHeadOfficeAsync(TestPortal.Registration("taro@nexi.example.jp", AdministratorProvisioning.InitialPassword), ActorRef.Operator("nexi"))).Value;
        var administrator = registered.AdministratorId;

        var changed = await portal.Passwords.ChangePasswordAsync(administrator, registered.InitialPassword!.Reveal(), "Boueki#2025{ok}");
        var invited = await portal.Invitations.InviteAsync(administrator, Applicant("hanako@nexi.example.jp"));
        var listed = await portal.Members.ListMembersAsync(administrator);

        Assert.True(changed.IsSuccess, string.Join(", ", changed.Errors));
        Assert.True(invited.IsSuccess, string.Join(", ", invited.Errors));
        Assert.Equal(2, listed.Value.Total);
    }

    [Fact]
    public async Task AnInvitedAdministrator_WhoChoseItsOwnPassword_IsNotHeldBack()
    {
        var portal = new TestPortal(options => options.UseNexiPresets());
        var (_, administrator) = await portal.RegisterOrganizationAsync("jiro@nexi.example.jp");

        var invited = await portal.Invitations.InviteAsync(administrator, Applicant("hanako@nexi.example.jp"));

        Assert.True(invited.IsSuccess, string.Join(", ", invited.Errors));
    }

    private static InviteMember Applicant(string email) => new() { Email = email, DisplayName = "Hanako", Type = MemberType.Applicant };
}
