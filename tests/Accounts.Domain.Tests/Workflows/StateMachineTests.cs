using Accounts.Members;
using Accounts.Operators;
using Accounts.Permissions;
using Accounts.Workflows;

namespace Accounts.Domain.Tests.Workflows;

public sealed class StateMachineTests
{
    private enum Light
    {
        Red,
        Green,
    }

    private enum Switch
    {
        Go,
        Stop,
        Break,
    }

    private static readonly TransitionGuard<bool> WhenClear = new("road clear", static clear => clear, MemberErrors.InvitationExpired);

    private static readonly StateMachine<Light, Switch, bool> Machine = new("light",
    [
        new(null, Switch.Go, Light.Green, PermissionAction.UseServices),
        new(Light.Red, Switch.Go, Light.Green, PermissionAction.UseServices, WhenClear),
        new(Light.Green, Switch.Stop, Light.Red, Firer.System("after 90 seconds")),
        new(Light.Red, Switch.Break, null, Firer.Operator(OperatorAction.CompleteApplications)),
        new(Light.Green, Switch.Break, null, Firer.Operator(OperatorAction.CompleteApplications)),
    ]);

    [Fact]
    public void Fire_ReturnsTheTransition_WhenTheTableHasIt()
    {
        var transition = Machine.Fire(Light.Red, Switch.Go, true).Value;

        Assert.Equal((Light.Red, Light.Green), (transition.From!.Value, transition.To!.Value));
    }

    [Fact]
    public void Fire_WithoutARow_NamesWorkflowStateAndTrigger()
    {
        var error = Machine.Fire(Light.Green, Switch.Go, true).FirstError!;

        Assert.Equal("workflow.transition_not_allowed", error.Code);
        Assert.Equal("Go is not allowed while the light is Green.", error.Message);
        Assert.Equal("absent", Machine.Fire(null, Switch.Stop, true).FirstError!.ArgumentValue("state"));
    }

    [Fact]
    public void Fire_WhenTheGuardDoesNotHold_ReturnsTheGuardsError()
    {
        Assert.Equal("invitation.expired", Machine.Fire(Light.Red, Switch.Go, false).FirstError!.Code);
    }

    [Fact]
    public void PermittedTriggers_AndCanFire_ReadTheTable()
    {
        Assert.Equal([Switch.Go, Switch.Break], Machine.PermittedTriggers(Light.Red));
        Assert.Equal([Switch.Stop, Switch.Break], Machine.PermittedTriggers(Light.Green));
        Assert.True(Machine.CanFire(Light.Red, Switch.Go));
        Assert.False(Machine.CanFire(Light.Green, Switch.Go));
    }

    [Fact]
    public void TwoRowsForOneStateAndTrigger_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("dup", [new(Light.Red, Switch.Go, Light.Green, Firer.TokenHolder), new(Light.Red, Switch.Go, Light.Red, Firer.TokenHolder)]));
    }

    [Fact]
    public void OneTriggerWithTwoPermissions_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("mixed",
            [new(Light.Red, Switch.Go, Light.Green, PermissionAction.UseServices), new(Light.Green, Switch.Go, Light.Green, PermissionAction.EditMembers)]));
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("mixed",
            [new(Light.Red, Switch.Go, Light.Green, Firer.TokenHolder), new(Light.Green, Switch.Go, Light.Green, Firer.System("later"))]));
    }

    [Fact]
    public void ARowThatSaysNothingAboutWhoFiresIt_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("nobody", [new(Light.Red, Switch.Go, Light.Green, null!)]));
        Assert.Throws<ArgumentException>(() => Firer.Operator(OperatorAction.None));
        Assert.Throws<ArgumentException>(() => Firer.System(" "));
    }

    [Fact]
    public void Fire_ByAnActorTheTableDoesNotName_IsRefusedWithTheFirer()
    {
        var reviewer = WorkflowActor.For(new PortalOperator("op-7", OperatorRole.Reviewer));
        var registrar = WorkflowActor.For(new PortalOperator("op-8", OperatorRole.Registrar));

        var error = Machine.Fire(Light.Red, Switch.Break, reviewer, true).FirstError!;

        Assert.Equal("workflow.firer_not_allowed", error.Code);
        Assert.Equal(("operator CompleteApplications", "operator op-7 (reviewer)"), (error.ArgumentValue("firer"), error.ArgumentValue("actor")));
        Assert.True(Machine.Fire(Light.Red, Switch.Break, registrar, true).IsSuccess);
        Assert.Equal("workflow.firer_not_allowed", Machine.Fire(Light.Green, Switch.Stop, WorkflowActor.Member, true).FirstError!.Code);
        Assert.Equal("workflow.firer_not_allowed", Machine.Fire(Light.Red, Switch.Go, WorkflowActor.System, true).FirstError!.Code);
        Assert.True(Machine.Fire(Light.Green, Switch.Stop, WorkflowActor.System, true).IsSuccess);
        Assert.True(Machine.Fire(Light.Red, Switch.Go, WorkflowActor.Member, true).IsSuccess);
    }

    [Fact]
    public void Fire_ByTheRightActor_StillNeedsTheRowAndTheGuard()
    {
        Assert.Equal("workflow.transition_not_allowed", Machine.Fire(Light.Green, Switch.Go, WorkflowActor.Member, true).FirstError!.Code);
        Assert.Equal("invitation.expired", Machine.Fire(Light.Red, Switch.Go, WorkflowActor.Member, false).FirstError!.Code);
    }

    [Fact]
    public void WhyNot_ForAnActor_NamesTheFirer_AndTheFailingGuards()
    {
        var reviewer = WorkflowActor.For(new PortalOperator("op-7", OperatorRole.Reviewer));

        Assert.Equal(["fired by operator CompleteApplications, not by operator op-7 (reviewer)"], Machine.WhyNot(Light.Red, Switch.Break, reviewer, true));
        Assert.Equal(["fired by UseServices, not by token holder", "road clear"], Machine.WhyNot(Light.Red, Switch.Go, WorkflowActor.TokenHolder, false));
        Assert.Empty(Machine.WhyNot(Light.Red, Switch.Go, WorkflowActor.Member, true));
    }

    [Fact]
    public void TimersFrom_AreTheRowsTheSystemFires()
    {
        Assert.Equal([Switch.Stop], Machine.TimersFrom(Light.Green).Select(t => t.Trigger));
        Assert.Empty(Machine.TimersFrom(Light.Red));
        Assert.True(Machine.Transitions.Single(t => t.Trigger == Switch.Stop).IsTimer);
    }

    [Fact]
    public void OperatorRoles_GrantExactlyTheirActions()
    {
        Assert.True(OperatorRole.Reviewer.Allows(OperatorAction.ReceiveApplications));
        Assert.False(OperatorRole.Reviewer.Allows(OperatorAction.CompleteApplications));
        Assert.False(OperatorRole.Registrar.Allows(OperatorAction.None));
        Assert.True(new OperatorRole("custom", OperatorAction.ReopenApplications).Allows(OperatorAction.ReopenApplications));
        Assert.Throws<ArgumentException>(() => new PortalOperator("", OperatorRole.Reviewer));
        Assert.Equal("Operator:op-1", new PortalOperator("op-1", OperatorRole.Reviewer).Actor.ToString());
    }

    [Fact]
    public void PermissionFor_AnUnknownTrigger_IsMisuse()
    {
        var machine = new StateMachine<Light, Switch, bool>("small", [new(Light.Red, Switch.Go, Light.Green, Firer.TokenHolder)]);

        Assert.Throws<ArgumentException>(() => machine.PermissionFor(Switch.Stop));
    }

    [Fact]
    public void ToMermaid_RendersEveryRow_WithGuardsAndWhoFiresIt()
    {
        Assert.Equal(
            "stateDiagram-v2\n    [*] --> Green : Go (UseServices)\n    Red --> Green : Go [road clear] (UseServices)\n    Green --> Red : Stop (timer after 90 seconds)\n    Red --> [*] : Break (operator CompleteApplications)\n    Green --> [*] : Break (operator CompleteApplications)\n",
            Machine.ToMermaid());
    }

    [Fact]
    public void WhyNot_NamesTheMissingRow_OrTheFailingGuard_AndNothingWhenItWouldFire()
    {
        Assert.Equal(["no row for Green + Go"], Machine.WhyNot(Light.Green, Switch.Go, true));
        Assert.Equal(["road clear"], Machine.WhyNot(Light.Red, Switch.Go, false));
        Assert.Empty(Machine.WhyNot(Light.Red, Switch.Go, true));
    }

    [Fact]
    public void TheLookupTable_AnswersAsTheRowsDo_ForEveryStateAndTrigger()
    {
        MemberStatus?[] states = [null, .. Enum.GetValues<MemberStatus>()];
        foreach (var state in states)
        {
            foreach (var trigger in Enum.GetValues<MemberTrigger>())
            {
                var row = MemberLifecycle.Machine.Transitions.SingleOrDefault(t => Nullable.Equals(t.From, state) && t.Trigger == trigger);
                Assert.Equal(row is not null, MemberLifecycle.Machine.CanFire(state, trigger));
            }
        }
    }

    [Fact]
    public void ATableOverEnumsThatAreNotInts_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<ByteState, Switch, bool>("bytes", [new(null, Switch.Go, ByteState.On, Firer.TokenHolder)]));
    }

    private enum ByteState : byte
    {
        On,
    }
}
