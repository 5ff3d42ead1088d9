using Accounts.Auditing;
using Accounts.Members;
using Accounts.Messages;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.Registration;
using NodaTime;
using static Accounts.Sample.SampleHost;

namespace Accounts.Sample;

/// <summary>
/// ClassNK's move from one shared login per company to personal accounts (the 2025 campaign):
/// the operator imports the shared accounts; three companies pre-register inside the window — one
/// mistypes an address, one adds an external invited user — and a fourth never does. The
/// readiness report is printed before the day; the shared login works on 2025-09-27 and is
/// refused on 2025-09-28; the cutover issues the accounts and activation mails with a progress
/// bar; the company that never pre-registered registers through the normal path, and the person
/// whose address was mistyped is invited by the administrator.
/// </summary>
internal static class MigrationCampaignJourney
{
    private static readonly PortalOperator CampaignDesk = new("campaign-desk-1", OperatorRole.CampaignManager);

    public static async Task RunAsync(SampleStorage storage)
    {
        Console.WriteLine("\n=== ClassNK migration campaign: pre-registration, readiness report, cutover ===");

        // 2025-07-01, 10:00 in Japan: the pre-registration window (06-15 to 09-14) is open. One
        // batch per pre-registration, so that the progress bar has steps to show.
        await using var host = await SampleHost.StartAsync(storage, Instant.FromUtc(2025, 7, 1, 1, 0), options =>
        {
            options.UseClassNkPresets();
            options.Campaign = RegistrationCampaign.ClassNk2025 with { CutoverBatchSize = 1 };
        });
        if (await host.Store.FindLegacyAccountByLoginAsync("nk-taiyo") is not null)
        {
            Say("The campaign ran in an earlier run; run with --reset to walk through it again.");
            return;
        }

        var preRegistrations = host.Get<PreRegistrationService>();
        Step("ClassNK's operator imports the shared logins of four companies.");
        var imported = await preRegistrations.ImportLegacyAccountsAsync(CampaignDesk,
        [
            new LegacyAccountImport("nk-taiyo", "大洋海運株式会社"),
            new LegacyAccountImport("nk-setouchi", "瀬戸内造船株式会社"),
            new LegacyAccountImport("nk-hokuto", "北斗船舶管理株式会社"),
            new LegacyAccountImport("nk-nansei", "南星汽船株式会社"),
        ]);
        Say($"{imported.Value} shared accounts imported");

        Step("Three companies sign in with their shared login and pre-register their people. 大洋海運 mistypes one address; 瀬戸内造船 adds its insurer as an external invited user.");
        await PreRegisterAsync(host, "nk-taiyo", "大洋海運株式会社", "タイヨウカイウンカブシキガイシャ",
            new PreRegisteredPerson("kimura@taiyo.example.jp", "木村 健", MemberType.Administrator),
            new PreRegisteredPerson("ogawa@taiyo.example.jp", "小川 彩", MemberType.General),
            new PreRegisteredPerson("hayashi@taiyo,example.jp", "林 誠", MemberType.General));
        await PreRegisterAsync(host, "nk-setouchi", "瀬戸内造船株式会社", "セトウチゾウセンカブシキガイシャ",
            new PreRegisteredPerson("fujita@setouchi.example.jp", "藤田 修", MemberType.Administrator),
            new PreRegisteredPerson("abe@setouchi.example.jp", "阿部 恵", MemberType.General),
            new PreRegisteredPerson("kubo@kaijo-hoken.example.jp", "久保 達也", MemberType.ExternalInvited));
        await PreRegisterAsync(host, "nk-hokuto", "北斗船舶管理株式会社", "ホクトセンパクカンリカブシキガイシャ",
            new PreRegisteredPerson("endo@hokuto.example.jp", "遠藤 翼", MemberType.Administrator),
            new PreRegisteredPerson("ishii@hokuto.example.jp", "石井 光", MemberType.General));

        Step("2025-09-20, between the window and the cutover: the readiness report tells what the cutover will do, changing nothing.");
        host.Clock.Reset(Instant.FromUtc(2025, 9, 20, 1, 0));
        var cutover = host.Get<CutoverService>();
        var report = (await cutover.PrepareReportAsync(CampaignDesk)).Value;
        Say($"phase {report.Phase}: {report.OrganizationsToIssue} organizations and {report.PeopleToIssue} people will be issued");
        foreach (var refusal in report.Refusals)
        {
            var company = await host.Store.FindLegacyAccountAsync(refusal.LegacyAccountId);
            Say($"✗ entry {refusal.Entry} ({refusal.Email}) of {company!.LoginId}: {refusal.Error.Code} — {host.Messages.Describe(refusal.Error, Language.Japanese)}");
        }

        Say($"no pre-registration: {string.Join(", ", report.WithoutPreRegistration)}");

        Step("2025-09-27, the last day of the shared logins: 大洋海運's shared login still signs in. The next morning it is refused.");
        host.Clock.Reset(Instant.FromUtc(2025, 9, 27, 0, 0));
        var lastDay = await preRegistrations.SignInLegacyAsync("nk-taiyo");
        Say($"2025-09-27: {(lastDay.IsSuccess ? $"signed in as {lastDay.Value.CompanyName}" : lastDay.FirstError!.Code)}");
        host.Clock.Reset(Instant.FromUtc(2025, 9, 27, 21, 0));
        var cutoverDay = await preRegistrations.SignInLegacyAsync("nk-taiyo");
        host.PrintErrors(cutoverDay);

        Step("2025-09-28, 06:00 in Japan: the cutover issues the organizations and personal accounts and queues one activation mail per person, external users included.");
        var run = (await cutover.RunAsync(CampaignDesk, new CutoverProgressBar())).Value;
        Say($"issued {run.IssuedOrganizations} organizations and {run.IssuedPeople} people; refused {run.Refusals.Length} entries");
        await host.DeliverMailToAsync("kubo@kaijo-hoken.example.jp");
        var taiyo = CutoverService.OrganizationIdOf(PreRegistrationService.LegacyAccountIdOf("nk-taiyo"));
        Say($"what was registered under nk-taiyo belongs to organization {(await host.Store.FindOrganizationAsync(taiyo))!.Code} from now on");

        Step("Running the cutover again issues nobody twice.");
        var again = (await cutover.RunAsync(CampaignDesk)).Value;
        Say($"issued {again.IssuedPeople} more; {again.AlreadyIssuedPeople} issued before");

        Step("The administrator of 大洋海運 activates the account and invites the person whose address was mistyped.");
        var kimuraMail = await host.DeliverMailToAsync("kimura@taiyo.example.jp");
        var kimura = await host.Get<InvitationService>().AcceptInvitationAsync(new AcceptInvitation { Token = TokenIn(kimuraMail.Body), Password = "Kaiun#2025-Tokyo" });
        var invited = await host.Get<InvitationService>().InviteAsync(kimura.Value, new InviteMember { Email = "hayashi@taiyo.example.jp", DisplayName = "林 誠" });
        Say($"invited {invited.Value.Email}");

        Step("南星汽船 never pre-registered: it registers through the normal path before any of its people can use services.");
        var late = await host.Get<OrganizationService>().RegisterHeadOfficeAsync(
            new RegisterOrganization
            {
                Organization = new OrganizationRegistration { Industry = Industry.ShipManagement.Code, Profile = Profile("南星汽船株式会社", "ナンセイキセンカブシキガイシャ") },
                Administrator = new FoundingAdministrator { Email = "nishida@nansei.example.jp", DisplayName = "西田 亮" },
            },
            ActorRef.Operator("classnk-operator-1"));
        Say($"organization code {late.Value.Code}");
        await host.DeliverMailToAsync("nishida@nansei.example.jp");
    }

    private static async Task PreRegisterAsync(SampleHost host, string login, string name, string katakana, params PreRegisteredPerson[] people)
    {
        var service = host.Get<PreRegistrationService>();
        var signedIn = await service.SignInLegacyAsync(login);
        var submitted = await service.SubmitAsync(signedIn.Value.LegacyAccountId, new SubmitPreRegistration
        {
            Company = new PreRegisteredCompany { Industry = Industry.ShipManagement.Code, Profile = Profile(name, katakana) },
            People = people,
        });
        Say($"{login}: {submitted.Value.People.Length} people, {submitted.Value.Findings.Length} to correct");
    }

    private static OrganizationProfile Profile(string name, string katakana) => new()
    {
        NameKanji = name,
        NameKatakana = katakana,
        PostalCode = "７３０－００１１",
        Address = "広島県広島市中区基町１０－３",
        MainPhone = "082-222-1234",
        RepresentativeTitle = "代表取締役社長",
        RepresentativeName = "日本　太郎",
    };
}
