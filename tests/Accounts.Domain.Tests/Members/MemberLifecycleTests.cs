using Accounts.Members;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.Members;

public sealed class MemberLifecycleTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 9, 28, 0, 0);

    [Fact]
    [Trait("Req", "R-ACC-6")]
    public void Accept_IsAllowedOnlyBeforeTheInvitationExpires()
    {
        var machine = MemberLifecycle.Machine;

        Assert.True(machine.Fire(MemberStatus.Invited, MemberTrigger.Accept, new MemberLifecycleContext(Now, Now + Duration.FromSeconds(1))).IsSuccess);
        Assert.Equal("invitation.expired", machine.Fire(MemberStatus.Invited, MemberTrigger.Accept, new MemberLifecycleContext(Now, Now)).FirstError!.Code);
    }

    [Fact]
    public void ATriggerTheTableDoesNotAllow_IsATypedErrorNamingStateAndTrigger()
    {
        var result = MemberLifecycle.Machine.Fire(MemberStatus.Invited, MemberTrigger.Disable, new MemberLifecycleContext(Now, null));

        var error = result.FirstError!;
        Assert.Equal("workflow.transition_not_allowed", error.Code);
        Assert.Equal(("account", "Invited", "Disable"), (error.ArgumentValue("workflow"), error.ArgumentValue("state"), error.ArgumentValue("trigger")));
    }

    [Property]
    public Property Property_RandomTriggerSequences_NeverReachAStateOutsideTheTable()
    {
        var triggers = Gen.Elements(Enum.GetValues<MemberTrigger>()).ListOf();

        return Prop.ForAll(triggers.ToArbitrary(), sequence =>
        {
            MemberStatus? state = null;
            foreach (var trigger in sequence)
            {
                var fired = MemberLifecycle.Machine.Fire(state, trigger, new MemberLifecycleContext(Now, Now + Duration.FromDays(1)));
                if (fired.IsFailure)
                {
                    // Refused: the table has no row, the error says so, and the state stays.
                    if (fired.FirstError!.Code != "workflow.transition_not_allowed" || MemberLifecycle.Machine.CanFire(state, trigger))
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
        });
    }

    [Fact]
    public void Permissions_AreTheTablesColumn()
    {
        Assert.Equal(Accounts.Permissions.PermissionAction.InviteMembers, MemberLifecycle.Machine.PermissionFor(MemberTrigger.Invite));
        Assert.Equal(Accounts.Permissions.PermissionAction.RegisterApplicants, MemberLifecycle.Machine.PermissionFor(MemberTrigger.RegisterApplicant));
        Assert.Null(MemberLifecycle.Machine.PermissionFor(MemberTrigger.Accept));
        Assert.Equal(MemberTrigger.RegisterApplicant, MemberLifecycle.InviteTriggerFor(MemberType.Applicant));
        Assert.Equal(MemberTrigger.Invite, MemberLifecycle.InviteTriggerFor(MemberType.ExternalInvited));
    }

    [Fact]
    public void TheDiagramInTheDocs_MatchesTheTable()
    {
        GoldenDocs.AssertSection("docs/workflows.md", "member-lifecycle", "```mermaid\n" + MemberLifecycle.Machine.ToMermaid() + "```");
    }
}
