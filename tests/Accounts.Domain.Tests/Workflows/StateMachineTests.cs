using Accounts.Members;
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
        new(Light.Green, Switch.Stop, Light.Red),
        new(Light.Red, Switch.Break, null),
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
        Assert.True(Machine.CanFire(Light.Red, Switch.Go));
        Assert.False(Machine.CanFire(Light.Green, Switch.Break));
    }

    [Fact]
    public void TwoRowsForOneStateAndTrigger_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("dup", [new(Light.Red, Switch.Go, Light.Green), new(Light.Red, Switch.Go, Light.Red)]));
    }

    [Fact]
    public void OneTriggerWithTwoPermissions_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Light, Switch, bool>("mixed",
            [new(Light.Red, Switch.Go, Light.Green, PermissionAction.UseServices), new(Light.Green, Switch.Go, Light.Green, PermissionAction.EditMembers)]));
    }

    [Fact]
    public void PermissionFor_AnUnknownTrigger_IsMisuse()
    {
        var machine = new StateMachine<Light, Switch, bool>("small", [new(Light.Red, Switch.Go, Light.Green)]);

        Assert.Throws<ArgumentException>(() => machine.PermissionFor(Switch.Stop));
    }

    [Fact]
    public void ToMermaid_RendersEveryRow_WithGuardsAndPermissions()
    {
        Assert.Equal(
            "stateDiagram-v2\n    [*] --> Green : Go (UseServices)\n    Red --> Green : Go [road clear] (UseServices)\n    Green --> Red : Stop\n    Red --> [*] : Break\n",
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
        Assert.Throws<ArgumentException>(() => new StateMachine<ByteState, Switch, bool>("bytes", [new(null, Switch.Go, ByteState.On)]));
    }

    private enum ByteState : byte
    {
        On,
    }
}
