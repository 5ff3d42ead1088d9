using System.Text.RegularExpressions;
using Accounts.Calendars;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Onboarding;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.SignIn;
using Accounts.Workflows;
using NodaTime;
using static Accounts.Sample.SampleHost;

namespace Accounts.Sample;

/// <summary>
/// NEXI's onboarding application: a person with no account proves an address, fills in the
/// form (one field wrong first), confirms, agrees and submits; the operator receives the
/// printed form (the delivery date counted in business days across the autumnal equinox) and
/// completes it; the new administrator's first sign-in must change the initial password.
/// </summary>
internal static partial class NexiOnboardingJourney
{
    private const string ApplicantEmail = "hanako@kaigai.example.jp";
    private const string Letter = "nexi-onboarding-administrator-id";

    private static readonly PortalOperator Reviewer = new("nexi-reviewer-1", OperatorRole.Reviewer);
    private static readonly PortalOperator Registrar = new("nexi-registrar-1", OperatorRole.Registrar);

    public static async Task RunAsync(SampleStorage storage)
    {
        Console.WriteLine("\n=== NEXI onboarding application: registration link, form, submission, receipt, completion ===");

        // Wednesday 2025-09-17, 10:00 in Japan.
        await using var host = await SampleHost.StartAsync(storage, Instant.FromUtc(2025, 9, 17, 1, 0), options => options.UseNexiPresets());
        if (host.ReadLetter(Letter) is { } userId && await host.Store.FindMemberByUserIdAsync(userId) is not null)
        {
            Say($"{ApplicantEmail} registered through onboarding in an earlier run; run with --reset to walk through it again.");
            return;
        }

        var onboarding = host.Get<OnboardingService>();
        Step("Step 1: the applicant gives an e-mail address twice; the portal mails a registration link and password, valid 60 days.");
        var started = await onboarding.StartAsync(new StartOnboarding { Email = ApplicantEmail, EmailConfirmation = ApplicantEmail });
        var mail = await host.DeliverMailToAsync(ApplicantEmail);
        var password = RegistrationPassword().Match(mail.Body).Groups[1].Value;
        Say($"application {started.Value.ApplicationId}, link valid until {JapanDateTime(started.Value.LinkExpiresAt)}");

        Step("A wrong registration password counts against the limit; the right one opens a session.");
        host.PrintErrors(await onboarding.AuthenticateAsync(TokenIn(mail.Body), "wrong"));
        var session = (await onboarding.AuthenticateAsync(TokenIn(mail.Body), password)).Value.Token.Reveal();

        Step("Choose the kind: head office, registering for the first time.");
        await onboarding.ChooseKindAsync(session, OnboardingKind.HeadOffice);

        Step("Input with a half-width katakana name and no department or title: every error at once.");
        var form = new OnboardingForm
        {
            Profile = new OrganizationProfile
            {
                NameKanji = "株式会社海外開発",
                NameKatakana = "ｶｲｶﾞｲｶｲﾊﾂ",
                PostalCode = "100-0005",
                Address = "東京都千代田区丸の内１－１－１",
                MainPhone = "03-5555-0101",
                RepresentativeTitle = "代表取締役",
                RepresentativeName = "海外　一郎",
            },
            AdministratorName = "海外花子",
            AdministratorPhone = "03-5555-0102",
            AdministratorEmail = ApplicantEmail,
            AdministratorEmailConfirmation = ApplicantEmail,
            WantsOneTimePassword = false,
        };
        host.PrintErrors(await onboarding.ConfirmAsync(session, form));

        Step("Corrected, confirmed, then submitted: first without agreeing to the terms, then agreeing.");
        form = form with { Profile = form.Profile! with { NameKatakana = "カブシキガイシャカイガイカイハツ" }, AdministratorDepartment = "総務部" };
        Say($"confirm: {(await onboarding.ConfirmAsync(session, form)).Value.Status}");
        host.PrintErrors(await onboarding.SubmitAsync(session, agreedToTerms: false));
        var submitted = await onboarding.SubmitAsync(session, agreedToTerms: true);
        Say($"{submitted.Value.Status}; print, seal and post the form before {JapanDateTime(submitted.Value.PrintedFormExpiresAt!.Value)}");

        Step("Friday 2025-09-19: the operator receives the printed form; 5 business days skip the weekend and the equinox (Tuesday 23rd).");
        host.Clock.Reset(Instant.FromUtc(2025, 9, 19, 2, 0));
        var received = await onboarding.ReceiveAsync(started.Value.ApplicationId, Reviewer);
        Say($"expected delivery {received.Value.ExpectedDeliveryDate:yyyy-MM-dd}; {JapaneseHolidays.Find(new LocalDate(2025, 9, 23))!.Value.Name} is not a business day");
        await host.DeliverMailToAsync(ApplicantEmail);

        Step("A reviewer may not complete; the registrar does, in one commit.");
        host.PrintErrors(await onboarding.CompleteAsync(started.Value.ApplicationId, Reviewer));
        var completed = await onboarding.CompleteAsync(started.Value.ApplicationId, Registrar);
        Say($"insurance user code {completed.Value.OrganizationCode}; Web user ID (administrator) {completed.Value.AdministratorUserId}; the ID and the initial password go by post");
        host.KeepLetter(Letter, completed.Value.AdministratorUserId!);
        await host.DeliverMailToAsync(ApplicantEmail);

        Step("The administrator's first sign-in must change the initial password.");
        var signIn = await host.Get<SignInService>().SignInAsync(completed.Value.AdministratorUserId, completed.Value.InitialPassword.Reveal());
        Say($"{signIn.Outcome}: {host.Messages.Describe(signIn.Error!, Language.Japanese)}");

        Step("Why can the applicant not go back now? The table says so.");
        foreach (var reason in OnboardingWorkflow.Machine.WhyNot(OnboardingStatus.Completed, OnboardingTrigger.Correct, WorkflowActor.TokenHolder, new OnboardingContext(host.Clock.GetCurrentInstant(), null)))
        {
            Say(reason);
        }

        Say("The application's diagram (docs/workflows.md renders it):");
        Console.WriteLine(OnboardingWorkflow.Machine.ToMermaid());
    }

    private static string JapanDateTime(Instant instant) =>
        instant.InZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).ToString("uuuu-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"登録用パスワード：(\S+)")]
    private static partial Regex RegistrationPassword();
}
