using Accounts.Operators;
using Accounts.Permissions;
using Accounts.Workflows;

namespace Accounts.ServiceApplications;

/// <summary>
/// The two tables of service applications: use applications (ClassNK) and change applications
/// (NACCS). Administrators submit for their organization, operators review, and same-day services
/// approve at once as the system.
/// </summary>
public static class ServiceApplicationWorkflow
{
    private static readonly TransitionGuard<ServiceApplicationContext> NoteGiven =
        new("reason given", static c => !string.IsNullOrWhiteSpace(c.Note), ServiceErrors.NoteRequired);

    private static readonly TransitionGuard<ServiceApplicationContext> StartNotPast =
        new("start date not past", static c => c.StartDate is not { } start || start >= c.Today, ServiceErrors.StartDateInPast);

    private static readonly Firer Administrator = Firer.Member(PermissionAction.ApplyForServices);
    private static readonly Firer Reviewer = Firer.Operator(OperatorAction.ReviewServiceApplications);

    /// <summary>Use applications: reviewed by an operator (approve, reject, ask for changes), or approved at once.</summary>
    public static StateMachine<ServiceApplicationStatus, ServiceApplicationTrigger, ServiceApplicationContext> Use { get; } = new("service use application",
    [
        new(null, ServiceApplicationTrigger.Submit, ServiceApplicationStatus.Submitted, Administrator),
        new(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.ApproveAtOnce, ServiceApplicationStatus.Approved, Firer.System("same-day service")),
        new(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.Approve, ServiceApplicationStatus.Approved, Reviewer, StartNotPast),
        new(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.Reject, ServiceApplicationStatus.Rejected, Reviewer, NoteGiven),
        new(ServiceApplicationStatus.Submitted, ServiceApplicationTrigger.RequestChanges, ServiceApplicationStatus.ChangesRequested, Reviewer, NoteGiven),
        new(ServiceApplicationStatus.ChangesRequested, ServiceApplicationTrigger.Resubmit, ServiceApplicationStatus.Submitted, Administrator),
    ]);

    /// <summary>Change applications: received, under review, review finished, confirmed; the service starts on the confirmed date.</summary>
    public static StateMachine<ServiceApplicationStatus, ServiceApplicationTrigger, ServiceApplicationContext> Change { get; } = new("service change application",
    [
        new(null, ServiceApplicationTrigger.Submit, ServiceApplicationStatus.Received, Administrator),
        new(ServiceApplicationStatus.Received, ServiceApplicationTrigger.StartReview, ServiceApplicationStatus.UnderReview, Reviewer),
        new(ServiceApplicationStatus.Received, ServiceApplicationTrigger.Reject, ServiceApplicationStatus.Rejected, Reviewer, NoteGiven),
        new(ServiceApplicationStatus.UnderReview, ServiceApplicationTrigger.FinishReview, ServiceApplicationStatus.ReviewFinished, Reviewer, StartNotPast),
        new(ServiceApplicationStatus.UnderReview, ServiceApplicationTrigger.Reject, ServiceApplicationStatus.Rejected, Reviewer, NoteGiven),
        new(ServiceApplicationStatus.ReviewFinished, ServiceApplicationTrigger.Confirm, ServiceApplicationStatus.Confirmed, Reviewer),
    ]);

    /// <summary>The states nothing leaves.</summary>
    public static IReadOnlySet<ServiceApplicationStatus> Terminal { get; } = new HashSet<ServiceApplicationStatus>
    {
        ServiceApplicationStatus.Approved,
        ServiceApplicationStatus.Rejected,
        ServiceApplicationStatus.Confirmed,
    };

    /// <summary>The table of a kind of application.</summary>
    /// <param name="kind">Use or change.</param>
    public static StateMachine<ServiceApplicationStatus, ServiceApplicationTrigger, ServiceApplicationContext> For(ServiceApplicationKind kind) =>
        kind == ServiceApplicationKind.Change ? Change : Use;
}
