using Accounts.Members;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Workflows;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// A service application's decisions, pure: every move goes through the table of its kind
/// (<see cref="ServiceApplicationWorkflow"/>) for the actor who makes it, and is added to the history.
/// </summary>
internal sealed class ServiceApplication
{
    private ServiceApplication(ServiceApplicationSnapshot snapshot) => Snapshot = snapshot;

    public ServiceApplicationSnapshot Snapshot { get; }

    public ServiceApplicationStatus Status => Snapshot.Status;

    public static ServiceApplication FromSnapshot(ServiceApplicationSnapshot snapshot) => new(snapshot);

    /// <summary>Whether an application makes its organization a subscriber: an approved use application or a confirmed change application.</summary>
    public static bool Subscribes(ServiceApplicationSnapshot application) =>
        application.StartDate is not null && application.Status is ServiceApplicationStatus.Approved or ServiceApplicationStatus.Confirmed;

    /// <summary>Whether an application still stands in the way of another use application for the same service.</summary>
    public static bool IsOpenOrApproved(ServiceApplicationSnapshot application) =>
        application.Status is not ServiceApplicationStatus.Rejected;

    /// <summary>An administrator submits for the organization; the table's first transition decides the status.</summary>
    public static Result<ServiceApplication> Submit(
        ServiceApplicationId id,
        ServiceDefinition service,
        OrganizationId organizationId,
        MemberId applicantId,
        Contact contact,
        string receiptNumber,
        ChangeRequest? change,
        LocalDate dueDate,
        Instant now,
        LocalDate today)
    {
        var kind = service.ApplicationKind;
        var submitted = ServiceApplicationWorkflow.For(kind).Fire(null, ServiceApplicationTrigger.Submit, WorkflowActor.Member, new ServiceApplicationContext(today));
        if (submitted.IsFailure)
        {
            return Result.Failure<ServiceApplication>(submitted.Errors);
        }

        var status = submitted.Value.To!.Value;
        return new ServiceApplication(new ServiceApplicationSnapshot
        {
            Id = id,
            Kind = kind,
            ServiceCode = service.Code,
            OrganizationId = organizationId,
            ApplicantId = applicantId,
            Contact = contact,
            Status = status,
            ReceiptNumber = receiptNumber,
            SubmittedAt = now,
            DueDate = dueDate,
            Change = change,
            History = [new ServiceApplicationEvent(now, status)],
            CreatedAt = now,
        });
    }

    /// <summary>A same-day service approves at once, as the system; the service starts today.</summary>
    public Result<ServiceApplication> ApproveAtOnce(Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.ApproveAtOnce, WorkflowActor.System, now, new(today), a => a with { StartDate = today });

    /// <summary>An operator approves; the service starts on the given day (today when none is given).</summary>
    public Result<ServiceApplication> Approve(WorkflowActor @operator, LocalDate? startDate, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.Approve, @operator, now, new(today, StartDate: startDate), a => a with { StartDate = startDate ?? today });

    /// <summary>An operator rejects, with a reason kept in the history.</summary>
    public Result<ServiceApplication> Reject(WorkflowActor @operator, string? reason, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.Reject, @operator, now, new(today, reason));

    /// <summary>An operator asks for changes, kept in the history.</summary>
    public Result<ServiceApplication> RequestChanges(WorkflowActor @operator, string? request, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.RequestChanges, @operator, now, new(today, request));

    /// <summary>The administrator resubmits; the due date starts again from today.</summary>
    public Result<ServiceApplication> Resubmit(Contact contact, LocalDate dueDate, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.Resubmit, WorkflowActor.Member, now, new(today), a => a with { Contact = contact, SubmittedAt = now, DueDate = dueDate });

    /// <summary>An operator starts reviewing a change application.</summary>
    public Result<ServiceApplication> StartReview(WorkflowActor @operator, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.StartReview, @operator, now, new(today));

    /// <summary>An operator finishes the review: the start date is confirmed (it may differ from the desired one) and credentials, already encrypted, are kept.</summary>
    public Result<ServiceApplication> FinishReview(WorkflowActor @operator, LocalDate startDate, string? protectedCredentials, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.FinishReview, @operator, now, new(today, StartDate: startDate), a => a with
        {
            StartDate = startDate,
            ProtectedCredentials = protectedCredentials,
            CredentialsIssuedOn = protectedCredentials is null ? null : today,
        });

    /// <summary>An operator confirms the content to the applicant.</summary>
    public Result<ServiceApplication> Confirm(WorkflowActor @operator, Instant now, LocalDate today) =>
        Fire(ServiceApplicationTrigger.Confirm, @operator, now, new(today));

    /// <summary>Issued credentials can be viewed from the end of review until the policy's days after the start date (the day after).</summary>
    public bool CredentialsVisibleOn(LocalDate today, int daysAfterStart) =>
        Snapshot.Status is ServiceApplicationStatus.ReviewFinished or ServiceApplicationStatus.Confirmed
        && Snapshot.StartDate is { } start
        && today <= start.PlusDays(daysAfterStart);

    /// <summary>The approval notice can be produced only from the start date, once approved or confirmed.</summary>
    public bool ApprovalNoticeAvailableOn(LocalDate today) =>
        Subscribes(Snapshot) && today >= Snapshot.StartDate!.Value;

    private Result<ServiceApplication> Fire(ServiceApplicationTrigger trigger, WorkflowActor actor, Instant now, ServiceApplicationContext context, Func<ServiceApplicationSnapshot, ServiceApplicationSnapshot>? effect = null)
    {
        var transition = ServiceApplicationWorkflow.For(Snapshot.Kind).Fire(Snapshot.Status, trigger, actor, context);
        if (transition.IsFailure)
        {
            return Result.Failure<ServiceApplication>(transition.Errors);
        }

        var to = transition.Value.To!.Value;
        var note = string.IsNullOrWhiteSpace(context.Note) ? null : context.Note.Trim();
        var moved = Snapshot with { Status = to, History = Snapshot.History.Add(new ServiceApplicationEvent(now, to, note)) };
        return new ServiceApplication(effect is null ? moved : effect(moved));
    }
}
