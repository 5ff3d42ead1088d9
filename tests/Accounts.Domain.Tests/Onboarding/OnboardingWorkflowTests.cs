using Accounts.Onboarding;
using Accounts.Operators;
using Accounts.Workflows;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accounts.Domain.Tests.Onboarding;

public sealed class OnboardingWorkflowTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 4, 1, 0, 0);

    private static readonly OnboardingApplicationSnapshot Valid = new()
    {
        Id = new OnboardingApplicationId(Guid.CreateVersion7()),
        Email = "a@example.jp",
        Language = "ja",
        Status = OnboardingStatus.Sent,
        LinkTokenHash = "h",
        PasswordHash = "p",
        SentAt = Now,
        LinkExpiresAt = Now + Duration.FromDays(60),
        ResumeExpiresAt = Now + Duration.FromDays(14),
        CreatedAt = Now,
    };

    private static readonly WorkflowActor[] Actors =
    [
        WorkflowActor.Anyone,
        WorkflowActor.TokenHolder,
        WorkflowActor.System,
        WorkflowActor.Member,
        WorkflowActor.For(new PortalOperator("op", OperatorRole.Reviewer)),
        WorkflowActor.For(new PortalOperator("op", OperatorRole.Registrar)),
    ];

    [Property(MaxTest = 500)]
    [Trait("Req", "R-APP-3")]
    public Property Property_RandomTriggersByRandomActors_StayInTheTable_AndNothingLeavesAnEnd()
    {
        var steps = (from trigger in Gen.Elements(Enum.GetValues<OnboardingTrigger>())
                     from actor in Gen.Elements(Actors)
                     from agreed in Gen.Elements(true, false)
                     select (trigger, actor, agreed)).ListOf();

        return Prop.ForAll(steps.ToArbitrary(), sequence =>
        {
            OnboardingStatus? state = null;
            foreach (var (trigger, actor, agreed) in sequence)
            {
                var fired = OnboardingWorkflow.Machine.Fire(state, trigger, actor, new OnboardingContext(Now, Valid, agreed));
                if (state is { } ended && OnboardingWorkflow.Terminal.Contains(ended) && fired.IsSuccess)
                {
                    return false;
                }

                if (fired.IsFailure)
                {
                    continue;
                }

                var row = fired.Value;
                if (!Nullable.Equals(row.From, state) || !row.FiredBy.Admits(actor) || row.To is not { } next || !Enum.IsDefined(next))
                {
                    return false;
                }

                state = next;
            }

            return true;
        });
    }

    [Fact]
    [Trait("Req", "R-APP-3")]
    public void AfterSubmit_NoApplicantTriggerGoesBack()
    {
        foreach (var trigger in new[] { OnboardingTrigger.Correct, OnboardingTrigger.Confirm, OnboardingTrigger.BackToKinds, OnboardingTrigger.ChooseKind, OnboardingTrigger.Authenticate })
        {
            Assert.Equal("workflow.transition_not_allowed", OnboardingWorkflow.Machine.Fire(OnboardingStatus.Submitted, trigger, WorkflowActor.TokenHolder, new OnboardingContext(Now, Valid)).FirstError!.Code);
        }
    }

    [Fact]
    [Trait("Req", "R-APP-3")]
    public void Submit_WithoutAgreement_NamesTheGuard()
    {
        Assert.Equal(["terms agreed"], OnboardingWorkflow.Machine.WhyNot(OnboardingStatus.Confirming, OnboardingTrigger.Submit, WorkflowActor.TokenHolder, new OnboardingContext(Now, Valid, TermsAgreed: false)));
        Assert.Equal("onboarding.terms_not_agreed", OnboardingWorkflow.Machine.Fire(OnboardingStatus.Confirming, OnboardingTrigger.Submit, WorkflowActor.TokenHolder, new OnboardingContext(Now, Valid)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-APP-2")]
    public void AnExpiredLink_FailsTheGuard_AndTheTimerIsTheSystems()
    {
        var expired = new OnboardingContext(Valid.LinkExpiresAt, Valid);

        Assert.Equal("onboarding.link_expired", OnboardingWorkflow.Machine.Fire(OnboardingStatus.Sent, OnboardingTrigger.Authenticate, WorkflowActor.TokenHolder, expired).FirstError!.Code);
        Assert.Equal("workflow.firer_not_allowed", OnboardingWorkflow.Machine.Fire(OnboardingStatus.Sent, OnboardingTrigger.ExpireLink, WorkflowActor.TokenHolder, expired).FirstError!.Code);
        Assert.All(OnboardingWorkflow.Machine.TimersFrom(OnboardingStatus.Input), t => Assert.Equal(FirerKind.System, t.FiredBy.Kind));
        Assert.Equal([OnboardingTrigger.DiscardIdle, OnboardingTrigger.ExpireLink], OnboardingWorkflow.Machine.TimersFrom(OnboardingStatus.Input).Select(t => t.Trigger));
    }

    [Fact]
    public void TheDiagramInTheDocs_MatchesTheTable()
    {
        GoldenDocs.AssertSection("docs/workflows.md", "onboarding-application", "```mermaid\n" + OnboardingWorkflow.Machine.ToMermaid() + "```");
    }
}
