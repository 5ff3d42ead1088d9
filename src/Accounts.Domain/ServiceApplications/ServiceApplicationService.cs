using System.Collections.Immutable;
using System.Globalization;
using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Security;
using Accounts.Text;
using Accounts.UseCases;
using Accounts.Workflows;
using Ardalis.GuardClauses;
using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// Services and service applications: an organization's administrator applies for a service
/// (a use application, or a change application with items, certificates and a desired start
/// date); operators review; once approved or confirmed every member of the organization may use
/// the service from the start date. Every notice goes to the applicant contact and the
/// organization's manager and carries the receipt number. Every step is checked by
/// <see cref="ServiceApplicationWorkflow"/>, audited, and mails through the outbox.
/// </summary>
public sealed class ServiceApplicationService
{
    private const int MaxCredentialLength = 64;
    private const int PageSize = 200;
    private const string MissingProtector = "Issued credentials are stored encrypted: call AccountsOptions.UseSecretProtectionKey or register an ISecretProtector.";

    private static readonly TextRule ContactNameRule = new(TextKind.Printable, 50);
    private static readonly TextRule CredentialRule = new(TextKind.HalfWidthAlphanumeric, MaxCredentialLength);

    private readonly UseCasePipeline _pipeline;
    private readonly ISecretProtector? _protector;

    internal ServiceApplicationService(UseCasePipeline pipeline, ISecretProtector? protector) =>
        (_pipeline, _protector) = (pipeline, protector);

    /// <summary>
    /// An administrator applies to use a service, for the organization: the service must be in
    /// the catalog, take use applications, accept the organization's industry, and not be applied
    /// for already. The due date is the submission day plus the service's lead time in business
    /// days; a same-day service is approved at once.
    /// </summary>
    /// <param name="actorId">The applying administrator.</param>
    /// <param name="command">The service and the contact.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or <c>permission.*</c>, <c>service.unknown</c>, <c>service.own_login</c>, <c>service.industry_not_eligible</c>, <c>service_application.wrong_kind</c>, <c>service_application.already_applied</c>, contact field errors; nothing is saved on error.</returns>
    public ValueTask<Result<ServiceApplicationView>> ApplyAsync(MemberId actorId, ApplyForService command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return SubmitForOrganizationAsync(actorId, command, static async (command, access, run, token) =>
        {
            var errors = new List<Error>();
            var service = Eligible(command.ServiceCode, ServiceApplicationKind.Use, access.Organization, run, errors);
            var contact = ResolveContact(command.Contact, access.Actor, run, errors);
            if (errors.Count > 0)
            {
                return Outcome<ServiceApplicationView>.Refuse([.. errors]);
            }

            var applications = await ListAllAsync(run.Store, access.Organization.Id, token).ConfigureAwait(false);
            if (applications.Any(a => a.ServiceCode == service!.Code && ServiceApplication.IsOpenOrApproved(a)))
            {
                return ServiceErrors.AlreadyApplied.Error("serviceCode");
            }

            return await SubmitAsync(service!, access, contact!, null, run, token, ContactWarnings(command.Contact, run)).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// An administrator files a change application (NACCS), for the organization: items to add
    /// or remove, one certificate per PC (at most one per terminal added), a reason, and a desired
    /// start date that is a business day, today or later. A date off the published schedule is
    /// accepted with the warning <c>service_application.start_date_off_schedule</c>: the operator
    /// may confirm another. The receipt mail (受付完了) goes to the contact and the manager.
    /// </summary>
    /// <param name="actorId">The applying administrator.</param>
    /// <param name="command">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application with its receipt number and any warning, or every invalid field at once; nothing is saved on error.</returns>
    public ValueTask<Result<ServiceApplicationView>> ApplyForChangeAsync(MemberId actorId, ApplyForChange command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return SubmitForOrganizationAsync(actorId, command, static async (command, access, run, token) =>
        {
            var errors = new List<Error>();
            var service = Eligible(command.ServiceCode, ServiceApplicationKind.Change, access.Organization, run, errors);
            var contact = ResolveContact(command.Contact, access.Actor, run, errors);
            var today = JapanTime.DateOf(run.Now);
            var change = ChangeRequestValidator.Validate(command, run.Policies.Services, run.Policies.Calendar, today, errors);
            if (errors.Count > 0)
            {
                return Outcome<ServiceApplicationView>.Refuse([.. errors]);
            }

            var warnings = service!.Schedule.IsDefaultOrEmpty || service.IsScheduled(change!.DesiredStartDate)
                ? ContactWarnings(command.Contact, run)
                : ContactWarnings(command.Contact, run).Add(ServiceErrors.StartDateOffSchedule.Warning("desiredStartDate"));
            return await SubmitAsync(service, access, contact!, change, run, token, warnings).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>The administrator resubmits a use application the operator sent back; the history is kept and the due date starts again.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="applicationId">The application.</param>
    /// <param name="contact">A new applicant contact; the current one when left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> ResubmitAsync(MemberId actorId, ServiceApplicationId applicationId, Contact? contact = null, CancellationToken cancellationToken = default) =>
        ForApplicationAsync(actorId, applicationId, ServiceAuditActions.Resubmit, contact, static (contact, application, access, run, service) =>
        {
            var errors = new List<Error>();
            var resolved = contact is null ? application.Snapshot.Contact : ResolveContact(contact, access.Actor, run, errors);
            if (errors.Count > 0)
            {
                return Outcome<ServiceApplicationView>.Refuse([.. errors]);
            }

            var today = JapanTime.DateOf(run.Now);
            var definition = run.Policies.Services.Catalog.Find(application.Snapshot.ServiceCode);
            var due = run.Policies.Calendar.AddBusinessDays(today, definition?.LeadTimeBusinessDays ?? 0);
            return Moved(application.Resubmit(resolved!, due, run.Now, today), access.Organization, ServiceMailTemplates.Submitted, run).WithWarnings(ContactWarnings(contact, run));
        }, cancellationToken);

    /// <summary>An application as its organization's administrators see it; nothing is written.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="applicationId">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> GetAsync(MemberId actorId, ServiceApplicationId applicationId, CancellationToken cancellationToken = default) =>
        ForApplicationAsync(actorId, applicationId, ServiceAuditActions.View, 0, static (_, application, _, _, _) => Outcome<ServiceApplicationView>.Answer(ServiceApplicationView.Of(application.Snapshot)), cancellationToken);

    /// <summary>An organization's applications, oldest first; nothing is written.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="organizationId">The organization; the administrator's own when left out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<IReadOnlyList<ServiceApplicationView>>> ListAsync(MemberId actorId, OrganizationId? organizationId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(actorId);
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), ServiceAuditActions.View, string.Empty),
            organizationId,
            PermissionAction.ApplyForServices,
            0,
            static async (_, access, run, token) =>
            {
                var applications = await ListAllAsync(run.Store, access.Organization.Id, token).ConfigureAwait(false);
                return Outcome<IReadOnlyList<ServiceApplicationView>>.Answer([.. applications.Select(ServiceApplicationView.Of)]);
            },
            cancellationToken);
    }

    /// <summary>
    /// The credentials issued for an application (ID通知内容), decrypted for an administrator of
    /// its organization: only from the end of review until the day after the start date. Every
    /// look is audited, without the credentials.
    /// </summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="applicationId">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credentials, or <c>service_application.credentials_not_visible</c>, <c>service_application.no_credentials</c>.</returns>
    public ValueTask<Result<IReadOnlyList<IssuedCredential>>> ViewCredentialsAsync(MemberId actorId, ServiceApplicationId applicationId, CancellationToken cancellationToken = default) =>
        ForApplicationAsync(actorId, applicationId, ServiceAuditActions.ViewCredentials, 0, static (_, application, _, run, service) =>
        {
            var today = JapanTime.DateOf(run.Now);
            if (!application.CredentialsVisibleOn(today, run.Policies.Services.CredentialDaysAfterStart))
            {
                return ServiceErrors.CredentialsNotVisible.Error(run.Target);
            }

            if (application.Snapshot.ProtectedCredentials is not { } stored)
            {
                return ServiceErrors.NoCredentials.Error(run.Target);
            }

            var protector = service._protector ?? throw new InvalidOperationException(MissingProtector);
            return Outcome<IReadOnlyList<IssuedCredential>>.Success(IssuedCredentialCodec.Unprotect(stored, protector, application.Snapshot.Id));
        }, cancellationToken);

    /// <summary>The approval notice (承認通知), produced only from the start date; every production is audited.</summary>
    /// <param name="actorId">The administrator.</param>
    /// <param name="applicationId">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notice, or <c>service_application.approval_notice_not_yet</c> (with the start date when there is one).</returns>
    public ValueTask<Result<ApprovalNotice>> GetApprovalNoticeAsync(MemberId actorId, ServiceApplicationId applicationId, CancellationToken cancellationToken = default) =>
        ForApplicationAsync(actorId, applicationId, ServiceAuditActions.ApprovalNotice, 0, static (_, application, access, run, _) =>
        {
            var snapshot = application.Snapshot;
            if (!application.ApprovalNoticeAvailableOn(JapanTime.DateOf(run.Now)))
            {
                var start = snapshot.StartDate is { } date ? JapanTime.FormatDate(date) : "-";
                return ServiceErrors.ApprovalNoticeNotYet.Error(run.Target, MessageDefinition.Argument("startDate", start));
            }

            var organization = access.Organization;
            var name = run.Policies.Services.Catalog.Find(snapshot.ServiceCode)?.Name ?? snapshot.ServiceCode;
            return Outcome<ApprovalNotice>.Success(new ApprovalNotice(
                snapshot.ReceiptNumber, name, organization.Code, organization.Profile.NameKanji ?? string.Empty, JapanTime.DateOf(snapshot.CreatedAt), snapshot.StartDate!.Value, snapshot.Change));
        }, cancellationToken);

    /// <summary>An application as an operator sees it; nothing is written.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> FindAsync(ServiceApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.View, (object?)null, static (_, application, _, _, _, _) => Outcome<ServiceApplicationView>.Answer(ServiceApplicationView.Of(application.Snapshot)), cancellationToken);

    /// <summary>An operator approves a use application; the service starts on <paramref name="startDate"/> (today when left out), and every member may use it from then.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">An operator whose role grants <see cref="OperatorAction.ReviewServiceApplications"/>.</param>
    /// <param name="startDate">The start date: today or later, a business day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> ApproveAsync(ServiceApplicationId applicationId, PortalOperator @operator, LocalDate? startDate = null, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.Approve, startDate, static (startDate, application, organization, @operator, run, _) =>
        {
            var today = JapanTime.DateOf(run.Now);
            if (startDate is { } start && ChangeRequestValidator.StartDateError(start, today, run.Policies.Calendar, "startDate") is { } invalid)
            {
                return invalid;
            }

            return Moved(application.Approve(WorkflowActor.For(@operator), startDate, run.Now, today), organization, ServiceMailTemplates.Approved, run);
        }, cancellationToken);

    /// <summary>An operator rejects an application with a reason, which the notice and the history carry.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> RejectAsync(ServiceApplicationId applicationId, PortalOperator @operator, string reason, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.Reject, reason, static (reason, application, organization, @operator, run, _) =>
            NoteError(reason, run) ?? Moved(application.Reject(WorkflowActor.For(@operator), reason, run.Now, JapanTime.DateOf(run.Now)), organization, ServiceMailTemplates.Rejected, run), cancellationToken);

    /// <summary>An operator sends a use application back for changes; the administrator resubmits.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> RequestChangesAsync(ServiceApplicationId applicationId, PortalOperator @operator, string request, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.RequestChanges, request, static (request, application, organization, @operator, run, _) =>
            NoteError(request, run) ?? Moved(application.RequestChanges(WorkflowActor.For(@operator), request, run.Now, JapanTime.DateOf(run.Now)), organization, ServiceMailTemplates.ChangesRequested, run), cancellationToken);

    /// <summary>An operator starts reviewing a change application (内容確認中).</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> StartReviewAsync(ServiceApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.StartReview, (object?)null, static (_, application, organization, @operator, run, _) =>
            Moved(application.StartReview(WorkflowActor.For(@operator), run.Now, JapanTime.DateOf(run.Now)), organization, null, run), cancellationToken);

    /// <summary>
    /// An operator finishes reviewing a change application: confirms the start date (a business
    /// day, today or later; it may differ from the desired one) and issues the credentials, which
    /// are encrypted at once and shown to administrators only in their window. The "review
    /// finished" notice goes out.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="startDate">The confirmed start date.</param>
    /// <param name="credentials">The credentials issued, one per logical terminal; none when nothing is issued.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">Credentials are given but no secret protector is configured.</exception>
    public ValueTask<Result<ServiceApplicationView>> FinishReviewAsync(ServiceApplicationId applicationId, PortalOperator @operator, LocalDate startDate, IReadOnlyList<IssuedCredential>? credentials = null, CancellationToken cancellationToken = default)
    {
        if (credentials is { Count: > 0 } && _protector is null)
        {
            throw new InvalidOperationException(MissingProtector);
        }

        return OperateAsync(applicationId, @operator, ServiceAuditActions.FinishReview, (StartDate: startDate, Credentials: credentials), static (state, application, organization, @operator, run, service) =>
        {
            var today = JapanTime.DateOf(run.Now);
            var errors = new List<Error>();
            if (ChangeRequestValidator.StartDateError(state.StartDate, today, run.Policies.Calendar, "startDate") is { } invalid)
            {
                errors.Add(invalid);
            }

            ValidateCredentials(state.Credentials, errors);
            if (errors.Count > 0)
            {
                return Outcome<ServiceApplicationView>.Refuse([.. errors]);
            }

            var stored = state.Credentials is { Count: > 0 } issued ? IssuedCredentialCodec.Protect(issued, service._protector!, application.Snapshot.Id) : null;
            return Moved(application.FinishReview(WorkflowActor.For(@operator), state.StartDate, stored, run.Now, today), organization, ServiceMailTemplates.ReviewFinished, run);
        }, cancellationToken);
    }

    /// <summary>An operator confirms the content (確認完了): the notice tells the contact and the manager the confirmed start date beside the desired one.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<ServiceApplicationView>> ConfirmAsync(ServiceApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, ServiceAuditActions.Confirm, (object?)null, static (_, application, organization, @operator, run, _) =>
            Moved(application.Confirm(WorkflowActor.For(@operator), run.Now, JapanTime.DateOf(run.Now)), organization, ServiceMailTemplates.Confirmed, run), cancellationToken);

    /// <summary>
    /// Compiles which services an organization's members may use, for a host to keep and ask on
    /// every request (<see cref="ServiceEntitlements.Check"/> allocates nothing). Nothing is written.
    /// </summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async ValueTask<ServiceEntitlements> GetEntitlementsAsync(OrganizationId organizationId, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(organizationId);
        var applications = await ListAllAsync(_pipeline.Store, organizationId, cancellationToken).ConfigureAwait(false);
        return ServiceEntitlements.Build(organizationId, applications, _pipeline.Policies.Services.Catalog, _pipeline.Policies.Permissions);
    }

    /// <summary>A submission by an administrator for the organization: the permission checked on the actor's own organization, and conflicts (the receipt-number series above all) retried until committed.</summary>
    private ValueTask<Result<ServiceApplicationView>> SubmitForOrganizationAsync<TCommand>(
        MemberId actorId,
        TCommand command,
        Func<TCommand, ActorAccess, UseCaseRun, CancellationToken, ValueTask<Outcome<ServiceApplicationView>>> decide,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(actorId);
        return _pipeline.RunForOrganizationAsync(
            new UseCaseRequest(ActorRef.Member(actorId), ServiceAuditActions.Submit, string.Empty, Retry: RetryMode.UntilCommitted),
            null,
            PermissionAction.ApplyForServices,
            command,
            decide,
            cancellationToken);
    }

    /// <summary>Numbers, stores and notifies a new application; a same-day service is approved in the same commit.</summary>
    private static async ValueTask<Outcome<ServiceApplicationView>> SubmitAsync(ServiceDefinition service, ActorAccess access, Contact contact, ChangeRequest? change, UseCaseRun run, CancellationToken cancellationToken, ImmutableArray<Warning> warnings = default)
    {
        var today = JapanTime.DateOf(run.Now);
        var format = run.Policies.Services.ReceiptNumbers;
        var seriesName = format.SeriesOf(today);
        var current = await run.Store.FindReceiptSequenceAsync(seriesName, cancellationToken).ConfigureAwait(false);
        var drawn = ReceiptSequence.Draw(current, seriesName, format, today);
        if (drawn.IsFailure)
        {
            return Outcome<ServiceApplicationView>.Refuse(drawn.Errors);
        }

        var id = TypedId.New<ServiceApplicationId>(run.Secrets, run.Now);
        run.Target = id.ToString();
        var due = run.Policies.Calendar.AddBusinessDays(today, service.LeadTimeBusinessDays);
        var submitted = ServiceApplication.Submit(id, service, access.Organization.Id, access.Actor.Id, contact, drawn.Value.Number, change, due, run.Now, today);
        if (submitted.IsFailure)
        {
            return Outcome<ServiceApplicationView>.Refuse(submitted.Errors);
        }

        var application = submitted.Value;
        var template = service.ApplicationKind == ServiceApplicationKind.Change ? ServiceMailTemplates.Received : ServiceMailTemplates.Submitted;
        if (service.ApplicationKind == ServiceApplicationKind.Use && service.ReviewMode == ServiceReviewMode.Automatic)
        {
            var approved = application.ApproveAtOnce(run.Now, today);
            if (approved.IsFailure)
            {
                return Outcome<ServiceApplicationView>.Refuse(approved.Errors);
            }

            (application, template) = (approved.Value, ServiceMailTemplates.Approved);
        }

        run.Save(drawn.Value.Series);
        run.Save(application.Snapshot);
        run.Mail(Notice(application.Snapshot, access.Organization, template, run));
        return Outcome<ServiceApplicationView>.Success(ServiceApplicationView.Of(application.Snapshot), warnings);
    }

    /// <summary>The service a code names, if the organization may apply for it with this kind of application; errors otherwise.</summary>
    private static ServiceDefinition? Eligible(string? code, ServiceApplicationKind kind, OrganizationSnapshot organization, UseCaseRun run, List<Error> errors)
    {
        var service = run.Policies.Services.Catalog.Find(code?.Trim());
        var error = service is null ? ServiceErrors.Unknown.Error("serviceCode")
            : service.KeepsOwnLogin ? ServiceErrors.OwnLogin.Error("serviceCode")
            : service.ApplicationKind != kind ? ServiceErrors.WrongKind.Error("serviceCode")
            : !service.AcceptsIndustry(organization.Industry) ? ServiceErrors.IndustryNotEligible.Error("serviceCode")
            : null;
        if (error is not null)
        {
            errors.Add(error);
            return null;
        }

        return service;
    }

    /// <summary>The free-mail, mobile and shared-address warnings of a contact address typed in (a valid one); none for the actor's own.</summary>
    private static ImmutableArray<Warning> ContactWarnings(Contact? given, UseCaseRun run) =>
        given is not null && EmailAddress.Parse(given.Email, "contact.email", run.Policies.Email.MaxLength) is { IsSuccess: true } email
            ? run.Policies.Email.Advise(email.Value, flaggedShared: false, "contact.email")
            : [];

    private static Contact? ResolveContact(Contact? given, MemberSnapshot actor, UseCaseRun run, List<Error> errors)
    {
        if (given is null)
        {
            return new Contact(actor.DisplayName, actor.Email);
        }

        var before = errors.Count;
        TextValidation.Check(given.Name, ContactNameRule, "contact.name", errors);
        var email = EmailAddress.Parse(given.Email, "contact.email", run.Policies.Email.MaxLength);
        errors.AddRange(email.Errors);
        return errors.Count > before ? null : new Contact(given.Name.Trim(), email.Value.Value);
    }

    private static Error? NoteError(string? note, UseCaseRun run)
    {
        var errors = new List<Error>(1);
        return TextValidation.Check(note, new TextRule(TextKind.Printable, run.Policies.Services.MaxNoteLength), "reason", errors) ? null : errors[0];
    }

    private static void ValidateCredentials(IReadOnlyList<IssuedCredential>? credentials, List<Error> errors)
    {
        if (credentials is null)
        {
            return;
        }

        for (var i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"credentials[{i}]");
            if (c is null)
            {
                errors.Add(FieldErrors.Required.Error(field));
                continue;
            }

            TextValidation.Check(c.LogicalTerminalName, CredentialRule, field + ".logicalTerminalName", errors);
            TextValidation.Check(c.TerminalAccessKey, CredentialRule, field + ".terminalAccessKey", errors);
            TextValidation.Check(c.AuthenticationCode1, CredentialRule, field + ".authenticationCode1", errors);
            TextValidation.Check(c.AuthenticationCode2, CredentialRule, field + ".authenticationCode2", errors);
            TextValidation.Check(c.AuthenticationCode3, CredentialRule, field + ".authenticationCode3", errors);
        }
    }

    private static async ValueTask<List<ServiceApplicationSnapshot>> ListAllAsync(Storage.IAggregateStore store, OrganizationId organizationId, CancellationToken cancellationToken)
    {
        var all = new List<ServiceApplicationSnapshot>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListServiceApplicationsAsync(organizationId, offset, PageSize, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                return all;
            }
        }
    }

    /// <summary>A use case of an administrator on one application: the application loaded, then the permission checked on its organization.</summary>
    private ValueTask<Result<T>> ForApplicationAsync<TState, T>(
        MemberId actorId,
        ServiceApplicationId applicationId,
        string action,
        TState state,
        Func<TState, ServiceApplication, ActorAccess, UseCaseRun, ServiceApplicationService, Outcome<T>> decide,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(actorId);
        Guard.Against.EmptyId(applicationId);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Member(actorId), action, applicationId.ToString()),
            (Service: this, Id: applicationId, State: state, Decide: decide),
            static async (s, run, token) =>
            {
                var snapshot = await run.Store.FindServiceApplicationAsync(s.Id, token).ConfigureAwait(false);
                var access = await run.AuthorizeAsync(snapshot?.OrganizationId, PermissionAction.ApplyForServices, token).ConfigureAwait(false);
                run.Target = s.Id.ToString();
                if (access.IsFailure)
                {
                    return Outcome<T>.Refuse(access.Errors);
                }

                // Authorized on the application's organization, so another organization's administrator is denied (and audited as such).
                return snapshot is null
                    ? ServiceErrors.NotFound.Error(s.Id.ToString())
                    : s.Decide(s.State, ServiceApplication.FromSnapshot(snapshot), access.Value, run, s.Service);
            },
            cancellationToken);
    }

    /// <summary>A use case of an operator on one application: the application and its organization loaded; the table checks the operator's role.</summary>
    private ValueTask<Result<T>> OperateAsync<TState, T>(
        ServiceApplicationId applicationId,
        PortalOperator @operator,
        string action,
        TState state,
        Func<TState, ServiceApplication, OrganizationSnapshot, PortalOperator, UseCaseRun, ServiceApplicationService, Outcome<T>> decide,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(applicationId);
        ArgumentNullException.ThrowIfNull(@operator);
        return _pipeline.RunAsync(
            new UseCaseRequest(@operator.Actor, action, applicationId.ToString()),
            (Service: this, Id: applicationId, Operator: @operator, State: state, Decide: decide),
            static async (s, run, token) =>
            {
                var snapshot = await run.Store.FindServiceApplicationAsync(s.Id, token).ConfigureAwait(false);
                if (snapshot is null)
                {
                    return ServiceErrors.NotFound.Error(s.Id.ToString());
                }

                run.OrganizationId = snapshot.OrganizationId;
                var organization = await run.Store.FindOrganizationAsync(snapshot.OrganizationId, token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The service application {snapshot.Id} names the organization {snapshot.OrganizationId}, which does not exist.");
                return s.Decide(s.State, ServiceApplication.FromSnapshot(snapshot), organization, s.Operator, run, s.Service);
            },
            cancellationToken);
    }

    /// <summary>Saves a move and mails its notice, or refuses what the table refused.</summary>
    private static Outcome<ServiceApplicationView> Moved(Result<ServiceApplication> moved, OrganizationSnapshot organization, string? template, UseCaseRun run)
    {
        if (moved.IsFailure)
        {
            return Outcome<ServiceApplicationView>.Refuse(moved.Errors);
        }

        run.Save(moved.Value.Snapshot);
        if (template is not null)
        {
            run.Mail(Notice(moved.Value.Snapshot, organization, template, run));
        }

        return ServiceApplicationView.Of(moved.Value.Snapshot);
    }

    /// <summary>A notice to the applicant contact and the organization's manager, with the receipt number.</summary>
    private static OutboxMessage Notice(ServiceApplicationSnapshot application, OrganizationSnapshot organization, string template, UseCaseRun run)
    {
        var recipients = new List<string> { application.Contact.Email };
        if (organization.Manager is { } manager && !recipients.Contains(manager.Email, StringComparer.OrdinalIgnoreCase))
        {
            recipients.Add(manager.Email);
        }

        var service = run.Policies.Services.Catalog.Find(application.ServiceCode);
        var parameters = new List<MailParameter>
        {
            new(MailParameterNames.OrganizationName, organization.Profile.NameKanji ?? string.Empty),
            new(MailParameterNames.ServiceName, service?.Name ?? application.ServiceCode),
            new(MailParameterNames.ReceiptNumber, application.ReceiptNumber),
            new(MailParameterNames.ReceivedOn, JapanTime.FormatDate(JapanTime.DateOf(application.CreatedAt))),
            new(MailParameterNames.DueDate, JapanTime.FormatDate(application.DueDate)),
            new(MailParameterNames.DesiredStartDate, application.Change is { } change ? JapanTime.FormatDate(change.DesiredStartDate) : "-"),
            new(MailParameterNames.StartDate, application.StartDate is { } start ? JapanTime.FormatDate(start) : "-"),
            new(MailParameterNames.Note, application.History[^1].Note ?? string.Empty),
        };
        return new OutboxMessage
        {
            Id = TypedId.New<OutboxMessageId>(run.Secrets, run.Now),
            Template = template,
            To = [.. recipients],
            Language = run.Policies.DefaultLanguage,
            Parameters = [.. parameters],
            CreatedAt = run.Now,
        };
    }
}
