using Accounts.Operators;
using Accounts.ServiceApplications;
using Accounts.Workflows;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.ServiceApplications;

public sealed class ServiceApplicationWorkflowTests
{
    private static readonly LocalDate Today = new(2026, 4, 1);

    private static readonly WorkflowActor[] Actors =
    [
        WorkflowActor.Anyone,
        WorkflowActor.TokenHolder,
        WorkflowActor.System,
        WorkflowActor.Member,
        WorkflowActor.For(new PortalOperator("op", OperatorRole.Registrar)),
        WorkflowActor.For(new PortalOperator("op", OperatorRole.ServiceDesk)),
    ];

    [Property(MaxTest = 500)]
    [Trait("Req", "R-SVC-2")]
    [Trait("Req", "R-SVC-5")]
    public Property Property_RandomTriggersByRandomActors_StayInTheTable_AndNothingLeavesAnEnd()
    {
        var steps = (from trigger in Gen.Elements(Enum.GetValues<ServiceApplicationTrigger>())
                     from actor in Gen.Elements(Actors)
                     from note in Gen.Elements<string?>(null, "", "reason")
                     from start in Gen.Choose(-3, 3)
                     select (trigger, actor, note, start)).ListOf();

        return Prop.ForAll(Gen.Elements(ServiceApplicationKind.Use, ServiceApplicationKind.Change).ToArbitrary(), steps.ToArbitrary(), (kind, sequence) =>
        {
            var machine = ServiceApplicationWorkflow.For(kind);
            var allowed = machine.Transitions.Select(t => t.To).ToHashSet();
            ServiceApplicationStatus? state = null;
            foreach (var (trigger, actor, note, start) in sequence)
            {
                var context = new ServiceApplicationContext(Today, note, Today.PlusDays(start));
                var fired = machine.Fire(state, trigger, actor, context);
                if (state is { } ended && ServiceApplicationWorkflow.Terminal.Contains(ended) && fired.IsSuccess)
                {
                    return false;
                }

                if (fired.IsFailure)
                {
                    continue;
                }

                var row = fired.Value;
                var legal = Nullable.Equals(row.From, state) && row.FiredBy.Admits(actor) && allowed.Contains(row.To)
                    && (trigger is not (ServiceApplicationTrigger.Reject or ServiceApplicationTrigger.RequestChanges) || !string.IsNullOrWhiteSpace(note))
                    && (trigger is not (ServiceApplicationTrigger.Approve or ServiceApplicationTrigger.FinishReview) || start >= 0)
                    && (trigger is not (ServiceApplicationTrigger.Submit or ServiceApplicationTrigger.Resubmit) || actor.Kind == FirerKind.Member)
                    && (actor.Kind != FirerKind.Operator || actor.Operator!.Role.Allows(OperatorAction.ReviewServiceApplications));
                if (!legal)
                {
                    return false;
                }

                state = row.To;
            }

            return true;
        });
    }

    [Fact]
    [Trait("Req", "R-SVC-2")]
    public void OnlyAnOperatorWhoReviewsServices_Decides_AndOnlyAMemberSubmits()
    {
        var reviewer = WorkflowActor.For(new PortalOperator("op", OperatorRole.Reviewer));
        var context = new ServiceApplicationContext(Today, "reason");

        Assert.Equal("workflow.firer_not_allowed", ServiceApplicationWorkflow.Use.Fire(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.Approve, reviewer, context).FirstError!.Code);
        Assert.Equal("workflow.firer_not_allowed", ServiceApplicationWorkflow.Use.Fire(null, ServiceApplicationTrigger.Submit, WorkflowActor.Anyone, context).FirstError!.Code);
        Assert.Equal(Accounts.Permissions.PermissionAction.ApplyForServices, ServiceApplicationWorkflow.Change.PermissionFor(ServiceApplicationTrigger.Submit));
    }

    [Fact]
    [Trait("Req", "R-SVC-2")]
    public void ARejectionWithoutAReason_NamesTheGuard()
    {
        var desk = WorkflowActor.For(new PortalOperator("op", OperatorRole.ServiceDesk));

        Assert.Equal(["reason given"], ServiceApplicationWorkflow.Use.WhyNot(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.Reject, desk, new ServiceApplicationContext(Today, " ")));
        Assert.Equal(["start date not past"], ServiceApplicationWorkflow.Change.WhyNot(ServiceApplicationStatus.UnderReview, ServiceApplicationTrigger.FinishReview, desk, new ServiceApplicationContext(Today, StartDate: Today.PlusDays(-1))));
    }

    [Fact]
    [Trait("Req", "R-SVC-5")]
    public void TheChangeApplication_GoesReceived_UnderReview_ReviewFinished_Confirmed()
    {
        var desk = WorkflowActor.For(new PortalOperator("op", OperatorRole.ServiceDesk));
        var context = new ServiceApplicationContext(Today, StartDate: Today);
        ServiceApplicationStatus? state = null;
        var path = new List<ServiceApplicationStatus>();
        foreach (var (trigger, actor) in new[] { (ServiceApplicationTrigger.Submit, WorkflowActor.Member), (ServiceApplicationTrigger.StartReview, desk), (ServiceApplicationTrigger.FinishReview, desk), (ServiceApplicationTrigger.Confirm, desk) })
        {
            state = ServiceApplicationWorkflow.Change.Fire(state, trigger, actor, context).Value.To;
            path.Add(state!.Value);
        }

        Assert.Equal([ServiceApplicationStatus.Received, ServiceApplicationStatus.UnderReview, ServiceApplicationStatus.ReviewFinished, ServiceApplicationStatus.Confirmed], path);
    }

    [Fact]
    public void TheDiagramsInTheDocs_MatchTheTables()
    {
        GoldenDocs.AssertSection("docs/workflows.md", "service-use-application", "```mermaid\n" + ServiceApplicationWorkflow.Use.ToMermaid() + "```");
        GoldenDocs.AssertSection("docs/workflows.md", "service-change-application", "```mermaid\n" + ServiceApplicationWorkflow.Change.ToMermaid() + "```");
    }
}
