using System.Text.RegularExpressions;
using Accounts.Auditing;
using Accounts.Calendars;
using Accounts.Members;
using Accounts.Notifications;
using Accounts.Onboarding;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.SignIn;
using Accounts.Testing;
using NodaTime;

namespace Accounts.Domain.Tests.Onboarding;

public sealed partial class OnboardingServiceTests : IDisposable
{
    private const string Applicant = "applicant@example.jp";

    private static readonly PortalOperator Reviewer = new("op-reviewer", OperatorRole.Reviewer);
    private static readonly PortalOperator Registrar = new("op-registrar", OperatorRole.Registrar);

    // Wednesday 2025-09-10, 10:00 in Japan.
    private readonly TestPortal _portal = new(start: JapanClock.Instant(2025, 9, 10, 10));

    public void Dispose() => _portal.Dispose();

    [Fact]
    [Trait("Req", "R-APP-2")]
    public async Task Start_MailsTheLinkAndThePassword_StoredOnlyAsHashes()
    {
        var started = await _portal.Onboarding.StartAsync(new StartOnboarding { Email = Applicant, EmailConfirmation = Applicant, Language = "en" });

        var (token, password) = await ReadRegistrationMailAsync();
        var stored = (await _portal.Store.FindOnboardingApplicationAsync(started.Value.ApplicationId))!;
        Assert.Equal(OnboardingStatus.Sent, stored.Status);
        Assert.Equal(_portal.Clock.GetCurrentInstant() + Duration.FromDays(60), started.Value.LinkExpiresAt);
        Assert.DoesNotContain(token, stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-APP-2")]
    public async Task Start_WithMismatchedAddresses_IsAFieldError_AndNothingIsSavedOrMailed()
    {
        var started = await _portal.Onboarding.StartAsync(new StartOnboarding { Email = Applicant, EmailConfirmation = "other@example.jp" });

        Assert.Equal(("field.mismatch", "emailConfirmation"), (started.FirstError!.Code, started.FirstError.Target));
        Assert.Equal(0, (await _portal.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(0, (await _portal.Store.ListOnboardingTimersAsync()).Total);
    }

    [Fact]
    [Trait("Req", "R-APP-2")]
    public async Task Start_ForAnAddressThatHasAnAccount_AnswersTheSame_RevealingNothing()
    {
        await _portal.RegisterOrganizationAsync("taken@example.jp");

        var known = await _portal.Onboarding.StartAsync(new StartOnboarding { Email = "taken@example.jp", EmailConfirmation = "taken@example.jp" });
        var unknown = await _portal.Onboarding.StartAsync(new StartOnboarding { Email = Applicant, EmailConfirmation = Applicant });

        Assert.True(known.IsSuccess && unknown.IsSuccess);
        Assert.Equal(known.Value.LinkExpiresAt, unknown.Value.LinkExpiresAt);
    }

    [Fact]
    [Trait("Req", "R-APP-2")]
    public async Task AfterSixtyDays_TheLinkIsExpired_AndTheTimerEndsTheApplication()
    {
        var id = await StartAsync();
        var (token, password) = await ReadRegistrationMailAsync();
        _portal.Clock.Advance(Duration.FromDays(60));

        var late = await _portal.Onboarding.AuthenticateAsync(token, password);

        Assert.Equal("onboarding.link_expired", late.FirstError!.Code);
        Assert.Equal(1, await _portal.Onboarding.FireDueTimersAsync());
        Assert.Equal(OnboardingStatus.Expired, (await _portal.Store.FindOnboardingApplicationAsync(id))!.Status);
        var audit = await _portal.AuditLog.ListAsync(new AuditQuery { Action = OnboardingAuditActions.Timer }, default);
        Assert.Equal(ActorKind.System, Assert.Single(audit.Entries).Actor.Kind);
    }

    [Fact]
    [Trait("Req", "R-APP-3")]
    public async Task WrongPasswords_CountDown_ThenLock_AndTheRightOneNoLongerHelps()
    {
        var id = await StartAsync();
        var (token, password) = await ReadRegistrationMailAsync();

        for (var left = 4; left >= 1; left--)
        {
            var wrong = await _portal.Onboarding.AuthenticateAsync(token, "wrong");
            Assert.Equal(("onboarding.password_incorrect", left.ToString(System.Globalization.CultureInfo.InvariantCulture)), (wrong.FirstError!.Code, wrong.FirstError.ArgumentValue("attemptsLeft")));
        }

        Assert.Equal("onboarding.locked", (await _portal.Onboarding.AuthenticateAsync(token, "wrong")).FirstError!.Code);
        Assert.Equal("onboarding.locked", (await _portal.Onboarding.AuthenticateAsync(token, password)).FirstError!.Code);
        Assert.Equal(OnboardingStatus.Locked, (await _portal.Store.FindOnboardingApplicationAsync(id))!.Status);
    }

    [Fact]
    [Trait("Req", "R-APP-2")]
    public async Task AForgedOrMalformedLink_IsInvalid_AndCountsNothing()
    {
        var id = await StartAsync();
        var (token, _) = await ReadRegistrationMailAsync();
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        Assert.Equal("onboarding.link_invalid", (await _portal.Onboarding.AuthenticateAsync(forged, "x")).FirstError!.Code);
        Assert.Equal("onboarding.link_invalid", (await _portal.Onboarding.AuthenticateAsync("not-a-token", "x")).FirstError!.Code);
        Assert.Equal(0, (await _portal.Store.FindOnboardingApplicationAsync(id))!.FailedAttempts);
    }

    [Fact]
    [Trait("Req", "R-APP-3")]
    [Trait("Req", "R-APP-5")]
    [Trait("Req", "R-TIME-1")]
    public async Task TheHeadOfficeJourney_FromMailToTheAdministratorsFirstSignIn()
    {
        var id = await StartAsync();
        var session = await AuthenticateAsync();
        Assert.True((await _portal.Onboarding.ChooseKindAsync(session, OnboardingKind.HeadOffice)).IsSuccess);

        // Every invalid field at once, nothing kept.
        var wrong = await _portal.Onboarding.ConfirmAsync(session, ValidForm() with { Profile = TestPortal.ValidProfile with { PostalCode = "1000001" }, AdministratorDepartment = null, AdministratorTitle = null, AdministratorEmailConfirmation = "x@example.jp" });
        Assert.Equal(
            ["field.postal_code_format", "onboarding.department_or_title_required", "field.mismatch"],
            wrong.Errors.Select(e => e.Code));
        Assert.Equal(OnboardingStatus.Input, (await _portal.Onboarding.GetAsync(session)).Value.Status);

        Assert.Equal(OnboardingStatus.Confirming, (await _portal.Onboarding.ConfirmAsync(session, ValidForm())).Value.Status);
        var corrected = await _portal.Onboarding.CorrectAsync(session);
        Assert.Equal((OnboardingStatus.Input, ValidForm()), (corrected.Value.Status, corrected.Value.Form));
        await _portal.Onboarding.ConfirmAsync(session, ValidForm());
        Assert.Equal("onboarding.terms_not_agreed", (await _portal.Onboarding.SubmitAsync(session, agreedToTerms: false)).FirstError!.Code);
        var submitted = await _portal.Onboarding.SubmitAsync(session, agreedToTerms: true);
        Assert.Equal(OnboardingStatus.Submitted, submitted.Value.Status);

        // Nothing goes back after submit: the session is over.
        Assert.Equal("onboarding.session_invalid", (await _portal.Onboarding.CorrectAsync(session)).FirstError!.Code);

        // Received on Friday 2025-09-19: five business days skip the weekends and Monday 22nd... and the equinox on Tuesday 23rd.
        _portal.Clock.Reset(JapanClock.Instant(2025, 9, 19, 10));
        var received = await _portal.Onboarding.ReceiveAsync(id, Reviewer);
        Assert.Equal(new LocalDate(2025, 9, 29), received.Value.ExpectedDeliveryDate);
        Assert.Equal(BusinessCalendar.Japan.AddBusinessDays(new LocalDate(2025, 9, 19), 5), received.Value.ExpectedDeliveryDate);
        Assert.Contains("2025-09-29", (await DeliveredAsync())[^1].Body, StringComparison.Ordinal);

        Assert.Equal("workflow.firer_not_allowed", (await _portal.Onboarding.CompleteAsync(id, Reviewer)).FirstError!.Code);
        var completed = await _portal.Onboarding.CompleteAsync(id, Registrar);

        Assert.Equal(OnboardingStatus.Completed, completed.Value.Application.Status);
        var organization = _portal.Organization(completed.Value.OrganizationId)!;
        Assert.Equal((OrganizationKind.HeadOffice, completed.Value.OrganizationCode), (organization.Kind, organization.Code));
        Assert.Contains(completed.Value.OrganizationCode.Value, (await DeliveredAsync())[^1].Body, StringComparison.Ordinal);
        var signIn = await _portal.SignIn.SignInAsync("admin@example.jp", completed.Value.InitialPassword.Reveal());
        Assert.Equal(SignInOutcome.PasswordChangeRequired, signIn.Outcome);
        var audit = await _portal.AuditLog.ListAsync(new AuditQuery { Target = id.ToString() }, default);
        Assert.Contains(audit.Entries, e => e.Action == OnboardingAuditActions.Complete && e.Actor == Registrar.Actor && e.OrganizationId == completed.Value.OrganizationId);
    }

    [Fact]
    [Trait("Req", "R-APP-4")]
    public async Task IdleInput_IsDiscarded_AndNeedsANewAuthentication()
    {
        await StartAsync();
        var (token, password) = await ReadRegistrationMailAsync();
        var session = (await _portal.Onboarding.AuthenticateAsync(token, password)).Value.Token.Reveal();
        await _portal.Onboarding.ChooseKindAsync(session, OnboardingKind.HeadOffice);
        await _portal.Onboarding.ConfirmAsync(session, ValidForm());
        _portal.Clock.Advance(Duration.FromMinutes(29));
        Assert.True((await _portal.Onboarding.CorrectAsync(session)).IsSuccess);
        _portal.Clock.Advance(Duration.FromMinutes(30));

        Assert.Equal("onboarding.session_expired", (await _portal.Onboarding.ConfirmAsync(session, ValidForm())).FirstError!.Code);
        var again = await _portal.Onboarding.AuthenticateAsync(token, password);
        Assert.Equal((OnboardingStatus.Authenticated, null, null), (again.Value.Application.Status, again.Value.Application.Kind, again.Value.Application.Form));
        Assert.Equal("onboarding.session_invalid", (await _portal.Onboarding.GetAsync(session)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-APP-6")]
    public async Task AReopenedApplication_ResumesAtTheInput_WithTheSubmittedFormKept_OnceOnly()
    {
        var id = await SubmitAsync(ValidForm());

        Assert.True((await _portal.Onboarding.ReopenAsync(id, Reviewer)).IsSuccess);
        var resumeToken = MailLinks.Token((await DeliveredAsync())[^1].Body);
        var resumed = await _portal.Onboarding.ResumeAsync(resumeToken);

        Assert.Equal((OnboardingStatus.Correcting, ValidForm()), (resumed.Value.Application.Status, resumed.Value.Application.Form));
        Assert.Equal("onboarding.resume_link_used", (await _portal.Onboarding.ResumeAsync(resumeToken)).FirstError!.Code);
        var session = resumed.Value.Token.Reveal();
        var fixedForm = ValidForm() with { AdministratorTitle = "課長" };
        Assert.Equal(OnboardingStatus.ConfirmingCorrection, (await _portal.Onboarding.ConfirmAsync(session, fixedForm)).Value.Status);
        var resubmitted = await _portal.Onboarding.SubmitAsync(session, agreedToTerms: true);
        Assert.Equal((OnboardingStatus.Submitted, fixedForm), (resubmitted.Value.Status, resubmitted.Value.SubmittedForm));
    }

    [Fact]
    [Trait("Req", "R-APP-6")]
    public async Task AResumeLink_Expires()
    {
        var id = await SubmitAsync(ValidForm());
        await _portal.Onboarding.ReopenAsync(id, Reviewer);
        var resumeToken = MailLinks.Token((await DeliveredAsync())[^1].Body);
        _portal.Clock.Advance(Duration.FromDays(14));

        Assert.Equal("onboarding.resume_link_expired", (await _portal.Onboarding.ResumeAsync(resumeToken)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-APP-5")]
    public async Task APrintedFormThatArrivesAfterItExpired_IsRefused()
    {
        var id = await SubmitAsync(ValidForm());
        _portal.Clock.Advance(Duration.FromDays(30));

        Assert.Equal("onboarding.printed_form_expired", (await _portal.Onboarding.ReceiveAsync(id, Registrar)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-APP-1")]
    public async Task EachKind_ChecksItsPreconditionAgainstTheOrganizations()
    {
        var (organization, _) = await _portal.RegisterOrganizationAsync("boss@example.jp");
        var code = _portal.Organization(organization)!.Code.Value;
        await StartAsync();
        var session = await AuthenticateAsync();

        await _portal.Onboarding.ChooseKindAsync(session, OnboardingKind.Unit);
        var noHeadOffice = await _portal.Onboarding.ConfirmAsync(session, ValidForm() with { HeadOfficeCode = "NOPE", UnitKind = OrganizationKind.Branch });
        Assert.Equal(("onboarding.head_office_not_found", "headOfficeCode"), (noHeadOffice.FirstError!.Code, noHeadOffice.FirstError.Target));
        Assert.True((await _portal.Onboarding.ConfirmAsync(session, ValidForm() with { HeadOfficeCode = code, UnitKind = OrganizationKind.Branch })).IsSuccess);

        await _portal.Onboarding.CorrectAsync(session);
        await _portal.Onboarding.BackToKindsAsync(session);
        await _portal.Onboarding.ChooseKindAsync(session, OnboardingKind.WebUser);
        var hasUsers = await _portal.Onboarding.ConfirmAsync(session, new OnboardingForm { OrganizationCode = code, AdministratorTitle = "部長", AdministratorName = "日本太郎", AdministratorPhone = "03-1234-5678", AdministratorEmail = "admin@example.jp", AdministratorEmailConfirmation = "admin@example.jp", WantsOneTimePassword = false });
        Assert.Equal("onboarding.administrator_exists", hasUsers.FirstError!.Code);
        var unknown = await _portal.Onboarding.ConfirmAsync(session, new OnboardingForm { OrganizationCode = "NOPE", AdministratorTitle = "部長", AdministratorName = "日本太郎", AdministratorPhone = "03-1234-5678", AdministratorEmail = "admin@example.jp", AdministratorEmailConfirmation = "admin@example.jp", WantsOneTimePassword = false });
        Assert.Equal("onboarding.organization_not_found", unknown.FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-APP-5")]
    public async Task AUnitApplication_RegistersTheUnitUnderItsHeadOffice()
    {
        var (headOffice, _) = await _portal.RegisterOrganizationAsync("boss@example.jp");
        var form = ValidForm() with { HeadOfficeCode = _portal.Organization(headOffice)!.Code.Value, UnitKind = OrganizationKind.Office };
        var id = await SubmitAsync(form, OnboardingKind.Unit);
        await _portal.Onboarding.ReceiveAsync(id, Registrar);

        var completed = await _portal.Onboarding.CompleteAsync(id, Registrar);

        var unit = _portal.Organization(completed.Value.OrganizationId)!;
        Assert.Equal((OrganizationKind.Office, (OrganizationId?)headOffice), (unit.Kind, unit.HeadOfficeId));
        Assert.Equal(MemberType.Administrator, _portal.Member(completed.Value.AdministratorId)!.Type);
    }

    [Fact]
    [Trait("Req", "R-APP-5")]
    public async Task ACompletionThatCannotRegister_SavesNothing()
    {
        var id = await SubmitAsync(ValidForm());
        await _portal.Onboarding.ReceiveAsync(id, Registrar);
        await _portal.RegisterOrganizationAsync("admin@example.jp");

        var completed = await _portal.Onboarding.CompleteAsync(id, Registrar);

        Assert.Equal("member.email_taken", completed.FirstError!.Code);
        Assert.Equal(OnboardingStatus.Processing, (await _portal.Store.FindOnboardingApplicationAsync(id))!.Status);
    }

    [Fact]
    public async Task OperatorCalls_ForAnUnknownApplication_AreNotFound()
    {
        var missing = new OnboardingApplicationId(Guid.CreateVersion7());

        Assert.Equal("onboarding.not_found", (await _portal.Onboarding.ReceiveAsync(missing, Registrar)).FirstError!.Code);
        Assert.Equal("onboarding.not_found", (await _portal.Onboarding.FindAsync(missing, Reviewer)).FirstError!.Code);
    }

    [Fact]
    [Trait("Req", "R-ACC-7")]
    public async Task AFreeMailAdministratorAddress_OnTheForm_IsAcceptedWithAWarning()
    {
        await StartAsync();
        var session = await AuthenticateAsync();
        await _portal.Onboarding.ChooseKindAsync(session, OnboardingKind.HeadOffice);

        var confirmed = await _portal.Onboarding.ConfirmAsync(session, ValidForm() with { AdministratorEmail = "taro@gmail.com", AdministratorEmailConfirmation = "taro@gmail.com" });
        var company = await _portal.Onboarding.ConfirmAsync(session, ValidForm());

        Assert.Equal(OnboardingStatus.Confirming, confirmed.Value.Status);
        Assert.Equal([("email.free_mail", OnboardingFields.AdministratorEmail)], confirmed.Warnings.Select(w => (w.Code, w.Target)));
        Assert.Empty(company.Warnings);
    }

    private static OnboardingForm ValidForm() => new()
    {
        Profile = TestPortal.ValidProfile,
        AdministratorDepartment = "総務部",
        AdministratorName = "日本太郎",
        AdministratorPhone = "03-1234-5678",
        AdministratorEmail = "admin@example.jp",
        AdministratorEmailConfirmation = "admin@example.jp",
        WantsOneTimePassword = false,
    };

    private async Task<OnboardingApplicationId> StartAsync() =>
        (await _portal.Onboarding.StartAsync(new StartOnboarding { Email = Applicant, EmailConfirmation = Applicant, Language = "en" })).Value.ApplicationId;

    private async Task<string> AuthenticateAsync()
    {
        var (token, password) = await ReadRegistrationMailAsync();
        return (await _portal.Onboarding.AuthenticateAsync(token, password)).Value.Token.Reveal();
    }

    private async Task<OnboardingApplicationId> SubmitAsync(OnboardingForm form, OnboardingKind kind = OnboardingKind.HeadOffice)
    {
        var id = await StartAsync();
        var session = await AuthenticateAsync();
        await _portal.Onboarding.ChooseKindAsync(session, kind);
        Assert.True((await _portal.Onboarding.ConfirmAsync(session, form)).IsSuccess);
        Assert.True((await _portal.Onboarding.SubmitAsync(session, agreedToTerms: true)).IsSuccess);
        return id;
    }

    private async Task<IReadOnlyList<MailMessage>> DeliveredAsync()
    {
        await _portal.Dispatcher.DispatchAsync(1000);
        return _portal.Mail.DeliveredTo(Applicant);
    }

    private async Task<(string Token, string Password)> ReadRegistrationMailAsync()
    {
        var body = (await DeliveredAsync())[^1].Body;
        return (MailLinks.Token(body), RegistrationPassword().Match(body).Groups[1].Value);
    }

    [GeneratedRegex(@"Registration password: (\S+)")]
    private static partial Regex RegistrationPassword();
}
