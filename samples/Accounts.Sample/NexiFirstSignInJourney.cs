using Accounts.Auditing;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Organizations;
using Accounts.Passwords;
using Accounts.SignIn;
using NodaTime;
using static Accounts.Sample.SampleHost;

namespace Accounts.Sample;

/// <summary>
/// NEXI Web services: the administrator's Web user ID arrives with an initial password, the
/// first sign-in with the ID requires a change, weak passwords are refused with every rule's
/// code, then one-time passwords are switched on and used; an applicant ID is registered.
/// </summary>
internal static class NexiFirstSignInJourney
{
    private const string AdministratorEmail = "taro@boueki.example.jp";
    private const string NewPassword = "Boueki#2025{ok}";
    private const string Letter = "nexi-administrator-id";

    // The person's phone keeps the scanned secret between runs, as the letter keeps the ID.
    private const string PhoneSecret = "authenticator-app";

    public static async Task RunAsync(SampleStorage storage)
    {
        Console.WriteLine("\n=== NEXI Web services: initial password, first sign-in, password rules, one-time passwords ===");
        await using var host = await SampleHost.StartAsync(storage, Instant.FromUtc(2025, 10, 1, 0, 0), options => options.UseNexiPresets());
        if (host.ReadLetter(Letter) is { } userId && await host.Store.FindMemberByUserIdAsync(userId) is { } taro)
        {
            await ContinueAsync(host, taro);
            return;
        }

        await FirstRunAsync(host);
    }

    private static async Task FirstRunAsync(SampleHost host)
    {
        var organizations = host.Get<OrganizationService>();
        var signIn = host.Get<SignInService>();
        var passwords = host.Get<PasswordService>();

        Step("NEXI's operator registers the insurance user and issues the administrator ID with an initial password (sent by post).");
        var registered = await organizations.RegisterHeadOfficeAsync(
            new RegisterOrganization
            {
                Organization = new OrganizationRegistration
                {
                    Industry = Industry.Trading.Code,
                    Profile = new OrganizationProfile
                    {
                        NameKanji = "株式会社日本貿易商事",
                        NameKatakana = "カブシキガイシャニホンボウエキショウジ",
                        PostalCode = "100-0001",
                        Address = "東京都千代田区千代田１－２－３",
                        MainPhone = "03-1234-5678",
                        RepresentativeTitle = "代表取締役社長",
                        RepresentativeName = "日本　太郎",
                        HomepageUrl = "https://www.example.co.jp/",
                    },
                },
                Administrator = new FoundingAdministrator { Email = AdministratorEmail, DisplayName = "日本 太郎", Provisioning = AdministratorProvisioning.InitialPassword },
            },
            ActorRef.Operator("nexi-operator-1"));
        var initialPassword = registered.Value.InitialPassword!.Reveal();
        var userId = registered.Value.AdministratorUserId!;
        host.KeepLetter(Letter, userId);
        Say($"insurance user code {registered.Value.Code}; Web user ID (administrator) {userId}; initial password {initialPassword} (ToString shows \"{registered.Value.InitialPassword}\")");

        Step("First sign-in with the Web user ID, typed in full-width and lower case, and the initial password; the e-mail address is no sign-in ID at NEXI.");
        var typed = new string([.. userId.ToLowerInvariant().Select(c => (char)(c + 0xFEE0))]);
        Say($"with the address: {(await signIn.SignInAsync(AdministratorEmail, initialPassword)).Outcome}");
        var first = await signIn.SignInAsync(typed, initialPassword);
        Say($"{first.Outcome} ({first.PasswordChangeReason}): {host.Messages.Describe(first.Error!, Language.Japanese)}");
        var administrator = first.MemberId!.Value;

        Step("Weak passwords are refused, every violated rule at once.");
        foreach (var weak in new[] { "password", "Ｐａｓｓｗｏｒｄ１！", "Abcdefg1", "Boueki 2025!", initialPassword })
        {
            Say($"try \"{(weak == initialPassword ? "(the initial password again)" : weak)}\"");
            host.PrintErrors(await passwords.ChangePasswordAsync(administrator, initialPassword, weak));
        }

        Step("A password that follows every rule.");
        var changed = await passwords.ChangePasswordAsync(administrator, initialPassword, NewPassword);
        Say(changed.IsSuccess ? "changed; a confirmation mail went through the outbox." : "unexpected");
        await host.DeliverMailToAsync(AdministratorEmail);
        Say($"sign-in now: {(await signIn.SignInAsync(userId, NewPassword)).Outcome}");

        Step("The administrator switches on one-time passwords and sets up an authenticator app.");
        await organizations.RequireOneTimePasswordAsync(administrator, registered.Value.OrganizationId, required: true);
        var enrollment = (await host.Get<OneTimePasswordService>().BeginEnrollmentAsync(administrator)).Value;
        Say($"QR code content: {enrollment.Uri.Reveal()}");
        var authenticator = new AuthenticatorApp(enrollment.Secret.Reveal());
        host.KeepLetter(PhoneSecret, enrollment.Secret.Reveal());
        var confirmed = await host.Get<OneTimePasswordService>().ConfirmEnrollmentAsync(administrator, authenticator.CodeAt(host.Clock.GetCurrentInstant()));
        Say(confirmed.IsSuccess ? "enrollment confirmed with the app's first code." : "unexpected");

        Step("Signing in now takes two steps.");
        host.Clock.Advance(Duration.FromMinutes(1));
        var password = await signIn.SignInAsync(userId, NewPassword);
        Say($"password step: {password.Outcome}");
        var wrong = await signIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), "000000");
        Say($"a wrong code: {wrong.Outcome} ({wrong.Error!.Code})");
        var done = await signIn.CompleteWithOneTimePasswordAsync(password.Challenge!.Reveal(), authenticator.CodeAt(host.Clock.GetCurrentInstant()));
        Say($"the app's code: {done.Outcome}");

        Step("NEXI's quotas: one administrator ID per code.");
        var second = await host.Get<InvitationService>().InviteAsync(administrator, new InviteMember { Email = "jiro@boueki.example.jp", DisplayName = "日本 次郎", Type = MemberType.Applicant });
        Say($"applicant ID {second.Value.UserId} registered for jiro@boueki.example.jp; the mail tells him the ID");
        var shared = await host.Get<InvitationService>().InviteAsync(administrator, new InviteMember { Email = AdministratorEmail, DisplayName = "日本 太郎", Type = MemberType.Applicant });
        Say($"applicant ID {shared.Value.UserId} for Taro himself, at the same address: contact addresses need not be unique at NEXI");
        host.PrintErrors(await host.Get<MemberAdministrationService>().ChangeTypeAsync(administrator, second.Value.MemberId, MemberType.Administrator));
    }

    /// <summary>A later run on the same database: Taro signs in again, with the app that scanned the secret in the first run.</summary>
    private static async Task ContinueAsync(SampleHost host, MemberSnapshot taro)
    {
        Step($"The database holds the insurance user from an earlier run ({host.Clock.GetCurrentInstant():yyyy-MM-dd HH:mm} now). Taro signs in again.");
        if (taro.Credential is not { MustChangePassword: false })
        {
            Say("An earlier run stopped before the first password change; run with --reset to start over.");
            return;
        }

        var signIn = host.Get<SignInService>();
        var password = await signIn.SignInAsync(taro.UserId!, NewPassword);
        Say($"password step with {taro.UserId}: {password.Outcome}");
        if (password.Challenge is { } challenge && host.ReadLetter(PhoneSecret) is { } secret)
        {
            var code = new AuthenticatorApp(secret).CodeAt(host.Clock.GetCurrentInstant());
            var done = await signIn.CompleteWithOneTimePasswordAsync(challenge.Reveal(), code);
            Say($"the app's code: {done.Outcome} (the secret, encrypted in the database, was read back with the key kept from the first run)");
        }
    }
}
