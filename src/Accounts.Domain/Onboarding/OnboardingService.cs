using System.Collections.Immutable;
using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Identifiers;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Security;
using Accounts.Text;
using Accounts.UseCases;
using Accounts.Workflows;
using Ardalis.GuardClauses;

namespace Accounts.Onboarding;

/// <summary>
/// The NEXI onboarding application: how a person who has no account registers an
/// organization. The applicant proves an e-mail address with a mailed link and password,
/// chooses the kind, fills in and confirms the form, agrees to the terms and submits; an
/// operator receives the printed form, completes the application (the organization, its code
/// and an administrator with an initial password are registered) or sends a resume link for
/// corrections. Every step is checked by <see cref="OnboardingWorkflow.Machine"/>, audited, and
/// mails through the outbox.
/// </summary>
public sealed class OnboardingService
{
    private const int RegistrationPasswordLength = 12;

    private readonly UseCasePipeline _pipeline;
    private readonly OrganizationService _organizations;
    private readonly IPasswordHasher _hasher;

    internal OnboardingService(UseCasePipeline pipeline, OrganizationService organizations, IPasswordHasher hasher) =>
        (_pipeline, _organizations, _hasher) = (pipeline, organizations, hasher);

    /// <summary>
    /// Step 1: checks the address given twice and mails the registration link and
    /// password, both valid for the policy's link validity (60 days). Whatever accounts exist,
    /// the answer is the same: nothing about them is revealed.
    /// </summary>
    /// <param name="command">The address, twice.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or field errors (<c>field.required</c>, <c>email.*</c>, <c>field.mismatch</c>); nothing is saved on error.</returns>
    public ValueTask<Result<OnboardingStarted>> StartAsync(StartOnboarding command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), OnboardingAuditActions.Start, string.Empty),
            (Service: this, Command: command),
            static (state, run, _) => new ValueTask<Outcome<OnboardingStarted>>(state.Service.Start(state.Command, run)),
            cancellationToken);
    }

    /// <summary>
    /// Authenticates the holder of the registration link with the registration password and
    /// opens a session. A wrong password counts; the policy's last allowed one locks the
    /// application (<c>onboarding.locked</c>) and the applicant starts over. Authenticating again
    /// while a session is open replaces it and discards the input.
    /// </summary>
    /// <param name="linkToken">The token from the registration link.</param>
    /// <param name="password">The registration password from the mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, or <c>onboarding.link_invalid</c>, <c>onboarding.link_expired</c>, <c>onboarding.password_incorrect</c>, <c>onboarding.locked</c>.</returns>
    public ValueTask<Result<OnboardingSession>> AuthenticateAsync(string linkToken, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), OnboardingAuditActions.Authenticate, string.Empty, Retry: RetryMode.UntilCommitted),
            (Service: this, Token: linkToken, Password: password),
            static (state, run, token) => state.Service.AuthenticateOnceAsync(state.Token, state.Password, run, token),
            cancellationToken);
    }

    /// <summary>The application as the authenticated applicant sees it; nothing is written.</summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> GetAsync(string sessionToken, CancellationToken cancellationToken = default) =>
        _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), OnboardingAuditActions.View, string.Empty),
            sessionToken,
            static async (sessionToken, run, token) =>
            {
                var session = await LoadSessionAsync(sessionToken, run, token).ConfigureAwait(false);
                return session.IsFailure ? Outcome<OnboardingView>.Refuse(session.Errors) : Outcome<OnboardingView>.Answer(OnboardingView.Of(session.Value.Snapshot));
            },
            cancellationToken);

    /// <summary>Chooses the kind of application; the form for that kind comes next.</summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="kind">Head office, unit or web user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> ChooseKindAsync(string sessionToken, OnboardingKind kind, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind))
        {
            return new(FieldErrors.Unsupported.Error("kind"));
        }

        return StepAsync(sessionToken, OnboardingAuditActions.ChooseKind, OnboardingTrigger.ChooseKind, cancellationToken, kind: kind);
    }

    /// <summary>Goes back to the choice of kind; what was entered is discarded, as on NEXI's form.</summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> BackToKindsAsync(string sessionToken, CancellationToken cancellationToken = default) =>
        StepAsync(sessionToken, OnboardingAuditActions.BackToKinds, OnboardingTrigger.BackToKinds, cancellationToken);

    /// <summary>
    /// Checks the form for the chosen kind and keeps it for confirmation: every invalid
    /// field at once, and the kind's precondition against the organizations (a unit's head
    /// office is registered; a web-user application's organization is registered and has no
    /// account yet). Nothing is kept on error.
    /// </summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> ConfirmAsync(string sessionToken, OnboardingForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), OnboardingAuditActions.Confirm, string.Empty),
            (SessionToken: sessionToken, Form: form),
            static async (state, run, token) =>
            {
                var session = await LoadSessionAsync(state.SessionToken, run, token).ConfigureAwait(false);
                if (session.IsFailure)
                {
                    return Outcome<OnboardingView>.Refuse(session.Errors);
                }

                var application = session.Value;
                if (!OnboardingWorkflow.Machine.CanFire(application.Status, OnboardingTrigger.Confirm) || application.Snapshot.Kind is not { } kind)
                {
                    return Fired(application.Step(OnboardingTrigger.Confirm, run.Policies.Onboarding, run.Now), run);
                }

                var errors = OnboardingFormValidator.Validate(kind, state.Form, run.Policies).ToList();
                var precondition = await CheckPreconditionAsync(kind, state.Form, run, token).ConfigureAwait(false);
                errors.AddRange(precondition.Errors);
                if (errors.Count > 0)
                {
                    return Outcome<OnboardingView>.Refuse([.. errors]);
                }

                return Fired(application.Step(OnboardingTrigger.Confirm, run.Policies.Onboarding, run.Now, form: state.Form), run)
                    .WithWarnings(AdministratorEmailWarnings(state.Form, run));
            },
            cancellationToken);
    }

    /// <summary>Goes back from confirmation to the input, the confirmed form kept to fill it again.</summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> CorrectAsync(string sessionToken, CancellationToken cancellationToken = default) =>
        StepAsync(sessionToken, OnboardingAuditActions.Correct, OnboardingTrigger.Correct, cancellationToken);

    /// <summary>
    /// Agrees to the terms of use and submits: without agreement
    /// <c>onboarding.terms_not_agreed</c>; after it nothing goes back. The printed form's expiry
    /// starts.
    /// </summary>
    /// <param name="sessionToken">The session token.</param>
    /// <param name="agreedToTerms">Whether the applicant ticked the agreement.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> SubmitAsync(string sessionToken, bool agreedToTerms, CancellationToken cancellationToken = default) =>
        StepAsync(sessionToken, OnboardingAuditActions.Submit, OnboardingTrigger.Submit, cancellationToken, termsAgreed: agreedToTerms);

    /// <summary>
    /// Continues a reopened application from the input with the submitted form kept.
    /// Each resume link works once: <c>onboarding.resume_link_used</c> after that,
    /// <c>onboarding.resume_link_expired</c> after its validity.
    /// </summary>
    /// <param name="resumeToken">The token from the resume link.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingSession>> ResumeAsync(string resumeToken, CancellationToken cancellationToken = default) =>
        _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), OnboardingAuditActions.Resume, string.Empty),
            resumeToken,
            static async (resumeToken, run, token) =>
            {
                if (!SecretToken.TryRead(resumeToken, out var subject, out var presented))
                {
                    return OnboardingErrors.LinkInvalid.Error("token");
                }

                var loaded = await LoadAsync(OnboardingApplicationId.FromGuid(subject), run, token).ConfigureAwait(false);
                if (loaded is null)
                {
                    return OnboardingErrors.LinkInvalid.Error("token");
                }

                var (application, _) = loaded.FireDueTimers(run.Now);
                if (application.Snapshot.ResumeTokenHash is not { } stored)
                {
                    return OnboardingErrors.ResumeLinkUsed.Error("token");
                }

                if (!SecretToken.HashesEqual(stored, presented))
                {
                    return OnboardingErrors.LinkInvalid.Error("token");
                }

                var session = SecretToken.Issue(subject, run.Secrets);
                var resumed = application.Resume(session.Hash, run.Policies.Onboarding, run.Now);
                return resumed.IsFailure ? Outcome<OnboardingSession>.Refuse(resumed.Errors) : Save(resumed.Value, run, new OnboardingSession(new RevealedSecret(session.Token), OnboardingView.Of(resumed.Value.Snapshot)));
            },
            cancellationToken);

    /// <summary>An application as an operator sees it; nothing is written.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> FindAsync(OnboardingApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default)
    {
        Guard.Against.EmptyId(applicationId);
        ArgumentNullException.ThrowIfNull(@operator);
        return _pipeline.RunAsync(
            new UseCaseRequest(@operator.Actor, OnboardingAuditActions.View, applicationId.ToString()),
            applicationId,
            static async (id, run, token) => await LoadAsync(id, run, token).ConfigureAwait(false) is { } application
                ? Outcome<OnboardingView>.Answer(OnboardingView.Of(application.FireDueTimers(run.Now).Application.Snapshot))
                : OnboardingErrors.NotFound.Error(id.ToString()),
            cancellationToken);
    }

    /// <summary>
    /// Records that the printed form arrived: "processing started" is mailed with the
    /// expected delivery date, the policy's business days after receipt on the portal's business
    /// calendar. Needs an operator whose role grants <see cref="OperatorAction.ReceiveApplications"/>.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> ReceiveAsync(OnboardingApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, OnboardingAuditActions.Receive, static (application, @operator, run, _, _) =>
        {
            var received = JapanTime.DateOf(run.Now);
            var delivery = run.Policies.Calendar.AddBusinessDays(received, run.Policies.Onboarding.DeliveryBusinessDays);
            var fired = application.Receive(WorkflowActor.For(@operator), delivery, run.Now);
            if (fired.IsFailure)
            {
                return new ValueTask<Outcome<OnboardingView>>(Outcome<OnboardingView>.Refuse(fired.Errors));
            }

            run.Mail(Mail(fired.Value.Snapshot, OnboardingMailTemplates.ProcessingStarted, run, new MailParameter(MailParameterNames.ExpectedDeliveryDate, JapanTime.FormatDate(delivery))));
            return new ValueTask<Outcome<OnboardingView>>(Save(fired.Value, run, OnboardingView.Of(fired.Value.Snapshot)));
        }, cancellationToken);

    /// <summary>
    /// Sends the applicant a resume link so they can correct a submitted application.
    /// A new link replaces an outstanding one. Needs <see cref="OperatorAction.ReopenApplications"/>.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public ValueTask<Result<OnboardingView>> ReopenAsync(OnboardingApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, OnboardingAuditActions.Reopen, static (application, @operator, run, _, _) =>
        {
            var resume = SecretToken.Issue(application.Snapshot.Id.Value, run.Secrets);
            var fired = application.Reopen(WorkflowActor.For(@operator), resume.Hash, run.Policies.Onboarding, run.Now);
            if (fired.IsFailure)
            {
                return new ValueTask<Outcome<OnboardingView>>(Outcome<OnboardingView>.Refuse(fired.Errors));
            }

            run.Mail(Mail(fired.Value.Snapshot, OnboardingMailTemplates.ResumeLink, run, new MailParameter(MailParameterNames.ExpiresAt, JapanTime.Format(fired.Value.Snapshot.ResumeExpiresAt!.Value)), new MailParameter(MailParameterNames.ResumeToken, resume.Token, IsSecret: true)));
            return new ValueTask<Outcome<OnboardingView>>(Save(fired.Value, run, OnboardingView.Of(fired.Value.Snapshot)));
        }, cancellationToken);

    /// <summary>
    /// Completes a received application: in one commit, the organization is registered
    /// with its code (or, for a web-user application, the named organization gets its first
    /// administrator), an administrator account is issued with an initial password that must be
    /// changed at the first sign-in, and "processing completed" is mailed. The kind's
    /// precondition is checked again. Needs <see cref="OperatorAction.CompleteApplications"/>.
    /// </summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What to post to the applicant, or the errors; nothing is registered on error.</returns>
    public ValueTask<Result<OnboardingCompleted>> CompleteAsync(OnboardingApplicationId applicationId, PortalOperator @operator, CancellationToken cancellationToken = default) =>
        OperateAsync(applicationId, @operator, OnboardingAuditActions.Complete, static (application, @operator, run, token, service) => service.CompleteOnceAsync(application, @operator, run, token), cancellationToken);

    /// <summary>
    /// Fires the timers that ran out (links expired, idle input discarded, printed forms lapsed),
    /// soonest first, each application in its own commit audited as the system. A host calls it
    /// from a scheduled job; applicants and operators see the timers' effect even before.
    /// </summary>
    /// <param name="limit">The most applications to look at.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many applications changed.</returns>
    public async ValueTask<int> FireDueTimersAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var now = _pipeline.Now;
        var due = await _pipeline.Store.ListOnboardingTimersAsync(0, limit, cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var candidate in due.Items)
        {
            if (candidate.NextTimerAt is not { } at || at > now)
            {
                break;
            }

            var fired = await _pipeline.RunAsync(
                new UseCaseRequest(ActorRef.System, OnboardingAuditActions.Timer, candidate.Id.ToString()),
                candidate.Id,
                static async (id, run, token) =>
                {
                    if (await LoadAsync(id, run, token).ConfigureAwait(false) is not { } application)
                    {
                        return Outcome<bool>.Answer(false);
                    }

                    var (advanced, triggers) = application.FireDueTimers(run.Now);
                    return triggers.Count == 0 ? Outcome<bool>.Answer(false) : Save(advanced, run, true);
                },
                cancellationToken).ConfigureAwait(false);
            changed += fired.IsSuccess && fired.Value ? 1 : 0;
        }

        return changed;
    }

    private Outcome<OnboardingStarted> Start(StartOnboarding command, UseCaseRun run)
    {
        var policies = run.Policies;
        var email = EmailAddress.Parse(command.Email, "email", policies.Email.MaxLength);
        var errors = new List<Error>(email.Errors);
        if (email.IsSuccess && !string.Equals(command.Email?.Trim(), command.EmailConfirmation?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(FieldErrors.Mismatch.Error("emailConfirmation"));
        }

        var language = command.Language ?? policies.DefaultLanguage;
        if (!Language.IsSupported(language))
        {
            errors.Add(FieldErrors.Unsupported.Error("language"));
        }

        if (errors.Count > 0)
        {
            return Outcome<OnboardingStarted>.Refuse([.. errors]);
        }

        var start = OnboardingWorkflow.Machine.Fire(null, OnboardingTrigger.Start, WorkflowActor.Anyone, new OnboardingContext(run.Now, null));
        if (start.IsFailure)
        {
            return Outcome<OnboardingStarted>.Refuse(start.Errors);
        }

        var id = TypedId.New<OnboardingApplicationId>(run.Secrets, run.Now);
        var link = SecretToken.Issue(id.Value, run.Secrets);
        var password = InitialPasswordGenerator.Generate(policies.Passwords, run.Secrets, RegistrationPasswordLength);
        var application = OnboardingApplication.Start(id, email.Value.Value, language, link.Hash, _hasher.Hash(password), policies.Onboarding, run.Now);
        run.Mail(Mail(
            application.Snapshot,
            OnboardingMailTemplates.RegistrationLink,
            run,
            new MailParameter(MailParameterNames.ExpiresAt, JapanTime.Format(application.Snapshot.LinkExpiresAt)),
            new MailParameter(MailParameterNames.RegistrationToken, link.Token, IsSecret: true),
            new MailParameter(MailParameterNames.RegistrationPassword, password, IsSecret: true)));
        return Save(application, run, new OnboardingStarted(id, application.Snapshot.LinkExpiresAt)).WithWarnings(policies.Email.Advise(email.Value, flaggedShared: false, "email"));
    }

    private async ValueTask<Outcome<OnboardingSession>> AuthenticateOnceAsync(string? linkToken, string password, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (!SecretToken.TryRead(linkToken, out var subject, out var presented))
        {
            return OnboardingErrors.LinkInvalid.Error("token");
        }

        var loaded = await LoadAsync(OnboardingApplicationId.FromGuid(subject), run, cancellationToken).ConfigureAwait(false);
        if (loaded is null || !SecretToken.HashesEqual(loaded.Snapshot.LinkTokenHash, presented))
        {
            return OnboardingErrors.LinkInvalid.Error("token");
        }

        var (application, timers) = loaded.FireDueTimers(run.Now);
        if (application.Status == OnboardingStatus.Locked)
        {
            return OnboardingErrors.Locked.Error(run.Target);
        }

        var session = SecretToken.Issue(subject, run.Secrets);
        var authenticated = application.Authenticate(session.Hash, run.Policies.Onboarding, run.Now);
        if (authenticated.IsFailure)
        {
            return Refusal<OnboardingSession>(authenticated.Errors, timers);
        }

        // The password is checked only when the table allows authenticating, so nothing counts against a finished application.
        if (_hasher.Verify(application.Snapshot.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var counted = application.CountFailedAttempt(run.Policies.Onboarding, run.Now).Value;
            run.Save(counted.Snapshot);
            var attemptsLeft = run.Policies.Onboarding.MaxPasswordAttempts - counted.Snapshot.FailedAttempts;
            return Outcome<OnboardingSession>.RefuseAndSave(counted.Status == OnboardingStatus.Locked
                ? OnboardingErrors.Locked.Error(run.Target)
                : OnboardingErrors.PasswordIncorrect.Error(run.Target, MessageDefinition.Argument("attemptsLeft", attemptsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return Save(authenticated.Value, run, new OnboardingSession(new RevealedSecret(session.Token), OnboardingView.Of(authenticated.Value.Snapshot)));
    }

    private async ValueTask<Outcome<OnboardingCompleted>> CompleteOnceAsync(OnboardingApplication application, PortalOperator @operator, UseCaseRun run, CancellationToken cancellationToken)
    {
        var allowed = OnboardingWorkflow.Machine.Fire(application.Status, OnboardingTrigger.Complete, WorkflowActor.For(@operator), new OnboardingContext(run.Now, application.Snapshot));
        if (allowed.IsFailure)
        {
            return Outcome<OnboardingCompleted>.Refuse(allowed.Errors);
        }

        var snapshot = application.Snapshot;
        var form = snapshot.SubmittedForm ?? throw new InvalidOperationException($"The onboarding application {snapshot.Id} is {snapshot.Status} without a submitted form.");
        var founding = new FoundingAdministrator
        {
            Email = form.AdministratorEmail,
            DisplayName = form.AdministratorName,
            Language = snapshot.Language,
            Provisioning = AdministratorProvisioning.InitialPassword,
        };
        var target = run.Target;
        OrganizationId organizationId;
        OrganizationCode code;
        MemberId administratorId;
        RevealedSecret? initialPassword;
        string? userId;
        string organizationName;
        if (snapshot.Kind == OnboardingKind.WebUser)
        {
            var organization = await FindByCodeAsync(form.OrganizationCode, run, cancellationToken).ConfigureAwait(false);
            var refusal = WebUserPrecondition(organization);
            if (refusal is not null)
            {
                return refusal;
            }

            var provisioned = await _organizations.ProvisionFirstAdministratorWithinAsync(organization!, founding, run, cancellationToken).ConfigureAwait(false);
            if (provisioned.Kind == OutcomeKind.Refuse)
            {
                return Outcome<OnboardingCompleted>.Refuse(provisioned.Result.Errors);
            }

            (organizationId, code, organizationName) = (organization!.Id, organization.Code, organization.Profile.NameKanji ?? string.Empty);
            (administratorId, initialPassword, userId) = provisioned.Result.Value;
        }
        else
        {
            OrganizationId? headOfficeId = null;
            if (snapshot.Kind == OnboardingKind.Unit)
            {
                var headOffice = await FindByCodeAsync(form.HeadOfficeCode, run, cancellationToken).ConfigureAwait(false);
                if (headOffice is not { Kind: OrganizationKind.HeadOffice })
                {
                    return OnboardingErrors.HeadOfficeNotFound.Error(OnboardingFields.HeadOfficeCode);
                }

                headOfficeId = headOffice.Id;
            }

            var command = new RegisterOrganization { Organization = OnboardingFormValidator.ToRegistration(form), Administrator = founding };
            var kind = snapshot.Kind == OnboardingKind.Unit ? form.UnitKind!.Value : OrganizationKind.HeadOffice;
            var registered = await _organizations.RegisterWithinAsync(headOfficeId, kind, command, run, cancellationToken).ConfigureAwait(false);
            if (registered.Kind == OutcomeKind.Refuse)
            {
                return Outcome<OnboardingCompleted>.Refuse(registered.Result.Errors);
            }

            var value = registered.Result.Value;
            (organizationId, code, administratorId, initialPassword, userId) = (value.OrganizationId, value.Code, value.AdministratorId, value.InitialPassword, value.AdministratorUserId);
            organizationName = form.Profile?.NameKanji ?? string.Empty;
        }

        run.Target = target;
        run.OrganizationId = organizationId;
        var completed = application.Complete(WorkflowActor.For(@operator), organizationId, administratorId, run.Now);
        if (completed.IsFailure)
        {
            return Outcome<OnboardingCompleted>.Refuse(completed.Errors);
        }

        run.Mail(Mail(completed.Value.Snapshot, OnboardingMailTemplates.ProcessingCompleted, run, new MailParameter(MailParameterNames.OrganizationName, organizationName), new MailParameter(MailParameterNames.OrganizationCode, code.Value)));
        return Save(completed.Value, run, new OnboardingCompleted(OnboardingView.Of(completed.Value.Snapshot), organizationId, code, administratorId, initialPassword!, userId));
    }

    private ValueTask<Result<T>> OperateAsync<T>(
        OnboardingApplicationId applicationId,
        PortalOperator @operator,
        string action,
        Func<OnboardingApplication, PortalOperator, UseCaseRun, CancellationToken, OnboardingService, ValueTask<Outcome<T>>> decide,
        CancellationToken cancellationToken)
    {
        Guard.Against.EmptyId(applicationId);
        ArgumentNullException.ThrowIfNull(@operator);
        return _pipeline.RunAsync(
            new UseCaseRequest(@operator.Actor, action, applicationId.ToString()),
            (Service: this, Id: applicationId, Operator: @operator, Decide: decide),
            static async (state, run, token) =>
            {
                if (await LoadAsync(state.Id, run, token).ConfigureAwait(false) is not { } loaded)
                {
                    return OnboardingErrors.NotFound.Error(state.Id.ToString());
                }

                var (application, timers) = loaded.FireDueTimers(run.Now);
                var outcome = await state.Decide(application, state.Operator, run, token, state.Service).ConfigureAwait(false);
                return outcome.Kind == OutcomeKind.Refuse ? Refusal<T>(outcome.Result.Errors, timers) : outcome;
            },
            cancellationToken);
    }

    /// <summary>One step of an authenticated applicant: the session checked, the trigger fired by the table, the idle time started again.</summary>
    private ValueTask<Result<OnboardingView>> StepAsync(
        string sessionToken,
        string action,
        OnboardingTrigger trigger,
        CancellationToken cancellationToken,
        bool termsAgreed = false,
        OnboardingKind? kind = null) =>
        _pipeline.RunAsync(
            new UseCaseRequest(ActorRef.Anonymous(), action, string.Empty),
            (SessionToken: sessionToken, Trigger: trigger, TermsAgreed: termsAgreed, Kind: kind),
            static async (state, run, token) =>
            {
                var session = await LoadSessionAsync(state.SessionToken, run, token).ConfigureAwait(false);
                return session.IsFailure
                    ? Outcome<OnboardingView>.Refuse(session.Errors)
                    : Fired(session.Value.Step(state.Trigger, run.Policies.Onboarding, run.Now, state.TermsAgreed, state.Kind), run);
            },
            cancellationToken);

    /// <summary>Loads the application a session token names, with its timers fired: the session must still be the application's.</summary>
    private static async ValueTask<Result<OnboardingApplication>> LoadSessionAsync(string? sessionToken, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (!SecretToken.TryRead(sessionToken, out var subject, out var presented))
        {
            return OnboardingErrors.SessionInvalid.Error("session");
        }

        var loaded = await LoadAsync(OnboardingApplicationId.FromGuid(subject), run, cancellationToken).ConfigureAwait(false);
        if (loaded is null || !SecretToken.HashesEqual(loaded.Snapshot.SessionTokenHash, presented))
        {
            return OnboardingErrors.SessionInvalid.Error("session");
        }

        var (application, timers) = loaded.FireDueTimers(run.Now);
        return application.Snapshot.SessionTokenHash is null
            ? OnboardingApplication.ErrorOf(timers[^1]).Error(run.Target)
            : application;
    }

    private static async ValueTask<OnboardingApplication?> LoadAsync(OnboardingApplicationId id, UseCaseRun run, CancellationToken cancellationToken)
    {
        run.Target = id.ToString();
        var snapshot = await run.Store.FindOnboardingApplicationAsync(id, cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : OnboardingApplication.FromSnapshot(snapshot);
    }

    /// <summary>The kind's precondition against the organizations, at confirmation.</summary>
    private static async ValueTask<Result<bool>> CheckPreconditionAsync(OnboardingKind kind, OnboardingForm form, UseCaseRun run, CancellationToken cancellationToken)
    {
        if (kind == OnboardingKind.Unit && !string.IsNullOrWhiteSpace(form.HeadOfficeCode))
        {
            var headOffice = await FindByCodeAsync(form.HeadOfficeCode, run, cancellationToken).ConfigureAwait(false);
            return headOffice is { Kind: OrganizationKind.HeadOffice } ? true : OnboardingErrors.HeadOfficeNotFound.Error(OnboardingFields.HeadOfficeCode);
        }

        if (kind == OnboardingKind.WebUser && !string.IsNullOrWhiteSpace(form.OrganizationCode))
        {
            var refusal = WebUserPrecondition(await FindByCodeAsync(form.OrganizationCode, run, cancellationToken).ConfigureAwait(false));
            return refusal is null ? true : refusal;
        }

        return true;
    }

    private static Error? WebUserPrecondition(OrganizationSnapshot? organization) =>
        organization is null ? OnboardingErrors.OrganizationNotFound.Error(OnboardingFields.OrganizationCode)
        : organization.Seats.Total > 0 ? OnboardingErrors.AdministratorExists.Error(OnboardingFields.OrganizationCode)
        : null;

    private static async ValueTask<OrganizationSnapshot?> FindByCodeAsync(string? code, UseCaseRun run, CancellationToken cancellationToken) =>
        OrganizationCode.IsValid(code?.Trim()) ? await run.Store.FindOrganizationByCodeAsync(new OrganizationCode(code!.Trim()), cancellationToken).ConfigureAwait(false) : null;

    private static Outcome<OnboardingView> Fired(Result<OnboardingApplication> fired, UseCaseRun run) =>
        fired.IsFailure ? Outcome<OnboardingView>.Refuse(fired.Errors) : Save(fired.Value, run, OnboardingView.Of(fired.Value.Snapshot));

    /// <summary>The free-mail, mobile and shared-address warnings of the administrator's address on a valid form.</summary>
    private static ImmutableArray<Warning> AdministratorEmailWarnings(OnboardingForm form, UseCaseRun run) =>
        EmailAddress.Parse(form.AdministratorEmail, OnboardingFields.AdministratorEmail) is { IsSuccess: true } email
            ? run.Policies.Email.Advise(email.Value, flaggedShared: false, OnboardingFields.AdministratorEmail)
            : [];

    private static Outcome<T> Save<T>(OnboardingApplication application, UseCaseRun run, T value)
    {
        run.Save(application.Snapshot);
        return value;
    }

    /// <summary>A refusal, told as the timer's error when a timer that fired just now is why the table refused.</summary>
    private static Outcome<T> Refusal<T>(System.Collections.Immutable.ImmutableArray<Error> errors, IReadOnlyList<OnboardingTrigger> timers) =>
        timers.Count > 0 && errors[0].Code == WorkflowErrors.TransitionNotAllowed.Code
            ? Outcome<T>.Refuse([OnboardingApplication.ErrorOf(timers[^1]).Error(errors[0].Target)])
            : Outcome<T>.Refuse(errors);

    private static OutboxMessage Mail(OnboardingApplicationSnapshot application, string template, UseCaseRun run, params MailParameter[] parameters) => new()
    {
        Id = TypedId.New<OutboxMessageId>(run.Secrets, run.Now),
        Template = template,
        To = [application.Email],
        Language = application.Language,
        Parameters = [.. parameters],
        CreatedAt = run.Now,
    };
}
