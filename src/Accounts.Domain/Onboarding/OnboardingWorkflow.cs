using Accounts.Operators;
using Accounts.Workflows;

namespace Accounts.Onboarding;

/// <summary>
/// The onboarding application as a transition table: the applicant holds the mailed
/// link and the session, operators receive, complete and reopen, and the system fires the
/// timers.
/// </summary>
public static class OnboardingWorkflow
{
    private static readonly TransitionGuard<OnboardingContext> LinkValid =
        new("link not expired", static c => c.Application is { } a && c.Now < a.LinkExpiresAt, OnboardingErrors.LinkExpired);

    private static readonly TransitionGuard<OnboardingContext> Agreed =
        new("terms agreed", static c => c.TermsAgreed, OnboardingErrors.TermsNotAgreed);

    private static readonly TransitionGuard<OnboardingContext> ResumeValid =
        new("resume link not expired", static c => c.Application?.ResumeExpiresAt is { } expiry && c.Now < expiry, OnboardingErrors.ResumeLinkExpired);

    private static readonly Firer Applicant = Firer.TokenHolder;
    private static readonly Firer LinkTimer = Firer.System("link validity after sending");
    private static readonly Firer IdleTimer = Firer.System("idle timeout");
    private static readonly Firer PrintedFormTimer = Firer.System("printed form validity");

    /// <summary>The table.</summary>
    public static StateMachine<OnboardingStatus, OnboardingTrigger, OnboardingContext> Machine { get; } = new("onboarding application",
    [
        new(null, OnboardingTrigger.Start, OnboardingStatus.Sent, Firer.Anyone),
        new(OnboardingStatus.Sent, OnboardingTrigger.Authenticate, OnboardingStatus.Authenticated, Applicant, LinkValid),
        new(OnboardingStatus.Sent, OnboardingTrigger.Lock, OnboardingStatus.Locked, Applicant),
        new(OnboardingStatus.Authenticated, OnboardingTrigger.ChooseKind, OnboardingStatus.Input, Applicant, LinkValid),
        new(OnboardingStatus.Input, OnboardingTrigger.BackToKinds, OnboardingStatus.Authenticated, Applicant, LinkValid),
        new(OnboardingStatus.Input, OnboardingTrigger.Confirm, OnboardingStatus.Confirming, Applicant, LinkValid),
        new(OnboardingStatus.Confirming, OnboardingTrigger.Correct, OnboardingStatus.Input, Applicant, LinkValid),
        new(OnboardingStatus.Confirming, OnboardingTrigger.Submit, OnboardingStatus.Submitted, Applicant, Agreed),
        new(OnboardingStatus.Authenticated, OnboardingTrigger.DiscardIdle, OnboardingStatus.Sent, IdleTimer),
        new(OnboardingStatus.Input, OnboardingTrigger.DiscardIdle, OnboardingStatus.Sent, IdleTimer),
        new(OnboardingStatus.Confirming, OnboardingTrigger.DiscardIdle, OnboardingStatus.Sent, IdleTimer),
        new(OnboardingStatus.Correcting, OnboardingTrigger.DiscardIdle, OnboardingStatus.Reopened, IdleTimer),
        new(OnboardingStatus.ConfirmingCorrection, OnboardingTrigger.DiscardIdle, OnboardingStatus.Reopened, IdleTimer),
        new(OnboardingStatus.Sent, OnboardingTrigger.ExpireLink, OnboardingStatus.Expired, LinkTimer),
        new(OnboardingStatus.Authenticated, OnboardingTrigger.ExpireLink, OnboardingStatus.Expired, LinkTimer),
        new(OnboardingStatus.Input, OnboardingTrigger.ExpireLink, OnboardingStatus.Expired, LinkTimer),
        new(OnboardingStatus.Confirming, OnboardingTrigger.ExpireLink, OnboardingStatus.Expired, LinkTimer),
        new(OnboardingStatus.Submitted, OnboardingTrigger.LapsePrintedForm, OnboardingStatus.Lapsed, PrintedFormTimer),
        new(OnboardingStatus.Submitted, OnboardingTrigger.Receive, OnboardingStatus.Processing, Firer.Operator(OperatorAction.ReceiveApplications)),
        new(OnboardingStatus.Processing, OnboardingTrigger.Complete, OnboardingStatus.Completed, Firer.Operator(OperatorAction.CompleteApplications)),
        new(OnboardingStatus.Submitted, OnboardingTrigger.Reopen, OnboardingStatus.Reopened, Firer.Operator(OperatorAction.ReopenApplications)),
        new(OnboardingStatus.Processing, OnboardingTrigger.Reopen, OnboardingStatus.Reopened, Firer.Operator(OperatorAction.ReopenApplications)),
        new(OnboardingStatus.Reopened, OnboardingTrigger.Reopen, OnboardingStatus.Reopened, Firer.Operator(OperatorAction.ReopenApplications)),
        new(OnboardingStatus.Reopened, OnboardingTrigger.Resume, OnboardingStatus.Correcting, Applicant, ResumeValid),
        new(OnboardingStatus.Correcting, OnboardingTrigger.Confirm, OnboardingStatus.ConfirmingCorrection, Applicant),
        new(OnboardingStatus.ConfirmingCorrection, OnboardingTrigger.Correct, OnboardingStatus.Correcting, Applicant),
        new(OnboardingStatus.ConfirmingCorrection, OnboardingTrigger.Submit, OnboardingStatus.Submitted, Applicant, Agreed),
    ]);

    /// <summary>The states nothing leaves.</summary>
    public static IReadOnlySet<OnboardingStatus> Terminal { get; } = new HashSet<OnboardingStatus>
    {
        OnboardingStatus.Completed,
        OnboardingStatus.Expired,
        OnboardingStatus.Lapsed,
        OnboardingStatus.Locked,
    };
}
