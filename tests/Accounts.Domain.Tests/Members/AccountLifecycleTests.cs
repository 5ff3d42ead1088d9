using Accounts.Members;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Accounts.Domain.Tests.Members;

public sealed class AccountLifecycleTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 9, 28, 0, 0);

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public void Accept_IsAllowedOnlyBeforeTheInvitationExpires()
    {
        var machine = AccountLifecycle.Machine;

        Assert.True(machine.Fire(AccountStatus.Invited, AccountTrigger.Accept, new AccountLifecycleContext(Now, Now + Duration.FromSeconds(1))).IsSuccess);
        Assert.Equal("invitation.expired", machine.Fire(AccountStatus.Invited, AccountTrigger.Accept, new AccountLifecycleContext(Now, Now)).FirstError!.Code);
    }

    [Fact]
    public void ATriggerTheTableDoesNotAllow_IsATypedErrorNamingStateAndTrigger()
    {
        var result = AccountLifecycle.Machine.Fire(AccountStatus.Invited, AccountTrigger.Disable, new AccountLifecycleContext(Now, null));

        var error = result.FirstError!;
        Assert.Equal("workflow.transition_not_allowed", error.Code);
        Assert.Equal(("account", "Invited", "Disable"), (error.ArgumentValue("workflow"), error.ArgumentValue("state"), error.ArgumentValue("trigger")));
    }

    [Fact]
    public void Property_RandomTriggerSequences_NeverReachAStateOutsideTheTable()
    {
        var triggers = Gen.Elements(Enum.GetValues<AccountTrigger>()).ListOf();

        Prop.ForAll(triggers.ToArbitrary(), sequence =>
        {
            AccountStatus? state = null;
            foreach (var trigger in sequence)
            {
                var fired = AccountLifecycle.Machine.Fire(state, trigger, new AccountLifecycleContext(Now, Now + Duration.FromDays(1)));
                if (fired.IsFailure)
                {
                    // Refused: the table has no row, the error says so, and the state stays.
                    if (fired.FirstError!.Code != "workflow.transition_not_allowed" || AccountLifecycle.Machine.CanFire(state, trigger))
                    {
                        return false;
                    }

                    continue;
                }

                if (!Nullable.Equals(fired.Value.From, state) || (fired.Value.To is { } next && !Enum.IsDefined(next)))
                {
                    return false;
                }

                state = fired.Value.To;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Permissions_AreTheTablesColumn()
    {
        Assert.Equal(Accounts.Permissions.PermissionAction.InviteUsers, AccountLifecycle.Machine.PermissionFor(AccountTrigger.Invite));
        Assert.Equal(Accounts.Permissions.PermissionAction.RegisterApplicantUsers, AccountLifecycle.Machine.PermissionFor(AccountTrigger.RegisterApplicant));
        Assert.Null(AccountLifecycle.Machine.PermissionFor(AccountTrigger.Accept));
        Assert.Equal(AccountTrigger.RegisterApplicant, AccountLifecycle.InviteTriggerFor(AccountType.Applicant));
        Assert.Equal(AccountTrigger.Invite, AccountLifecycle.InviteTriggerFor(AccountType.ExternalInvited));
    }

    [Fact]
    public void TheDiagramInTheDocs_MatchesTheTable()
    {
        GoldenDocs.AssertSection("docs/workflows.md", "account-lifecycle", "```mermaid\n" + AccountLifecycle.Machine.ToMermaid() + "```");
    }
}
