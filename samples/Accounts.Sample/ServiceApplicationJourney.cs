using Accounts.Auditing;
using Accounts.Members;
using Accounts.Operators;
using Accounts.Organizations;
using Accounts.ServiceApplications;
using NodaTime;
using static Accounts.Sample.SampleHost;

namespace Accounts.Sample;

/// <summary>
/// Services: an account alone gives none. ClassNK: the administrator applies for a service, a
/// general user's attempt is refused, the operator approves within the lead time and every
/// member may use it. NACCS: a non-life insurer adds WebNACCS with three certificates on a
/// scheduled date, a trading company is refused as ineligible, the notices with the receipt
/// number reach the contact and the manager, and the credentials appear and disappear with
/// their window.
/// </summary>
internal static class ServiceApplicationJourney
{
    private const string Password = "Kaiun#2025-Tokyo";
    private const string ShipAdministrator = "kato@senpaku.example.jp";
    private const string InsurerAdministrator = "ito@sonpo.example.jp";

    private static readonly ServiceDefinition Survey = new("classnk-survey", "船級検査申請") { LeadTimeBusinessDays = 3 };
    private static readonly ServiceDefinition WebNaccs = ServiceDefinition.WebNaccs(new LocalDate(2025, 11, 4), new LocalDate(2025, 12, 1));
    private static readonly PortalOperator Desk = new("service-desk-1", OperatorRole.ServiceDesk);

    public static async Task RunAsync(SampleStorage storage)
    {
        Console.WriteLine("\n=== Services: ClassNK service application, NACCS change application ===");

        // Wednesday 2025-10-08, 10:00 in Japan; Monday 10-13 is Sports Day.
        await using var host = await SampleHost.StartAsync(storage, Instant.FromUtc(2025, 10, 8, 1, 0), options =>
        {
            options.UseClassNkPresets();
            options.Services = ServicePolicy.Default.WithService(Survey).WithService(WebNaccs);
        });
        if (await host.Store.FindMemberByEmailAsync(ShipAdministrator) is not null)
        {
            Say($"{ShipAdministrator} applied for services in an earlier run; run with --reset to walk through it again.");
            return;
        }

        await ClassNkAsync(host);
        await NaccsAsync(host);
    }

    private static async Task ClassNkAsync(SampleHost host)
    {
        var services = host.Get<ServiceApplicationService>();
        Step("ClassNK's operator registers a ship manager; its administrator and a general user sign up. An account alone gives no service:");
        var (organization, kato) = await RegisterAsync(host, "船舶管理株式会社", Industry.ShipManagement.Code, ShipAdministrator, "manager@senpaku.example.jp");
        var invited = await host.Get<InvitationService>().InviteAsync(kato, new InviteMember { Email = "mori@senpaku.example.jp", DisplayName = "Mori Ken", Type = MemberType.General });
        var mori = await AcceptAsync(host, invited.Value.Email);
        await PrintAccessAsync(host, organization, Survey.Code, kato, mori);

        Step("The general user tries to apply for the survey service: only administrators apply, for the organization.");
        host.PrintErrors(await services.ApplyAsync(mori, new ApplyForService { ServiceCode = Survey.Code }));

        Step("The administrator applies; the decision is due three business days later, across Sports Day.");
        var applied = await services.ApplyAsync(kato, new ApplyForService { ServiceCode = Survey.Code });
        Say($"receipt number {applied.Value.ReceiptNumber}, due {applied.Value.DueDate:uuuu-MM-dd}");
        await host.DeliverMailToAsync("manager@senpaku.example.jp");

        Step("The next day the service desk approves, starting at once; every member may use the service.");
        host.Clock.AdvanceDays(1);
        var approved = await services.ApproveAsync(applied.Value.Id, Desk);
        Say($"{approved.Value.Status} from {approved.Value.StartDate:uuuu-MM-dd}");
        await host.DeliverMailToAsync(ShipAdministrator);
        await PrintAccessAsync(host, organization, Survey.Code, kato, mori);
    }

    private static async Task NaccsAsync(SampleHost host)
    {
        var services = host.Get<ServiceApplicationService>();
        Step("NACCS: a trading company tries to add WebNACCS, which only non-life insurers may use.");
        var (_, trader) = await RegisterAsync(host, "貿易商事株式会社", Industry.Trading.Code, "abe@boueki.example.jp", null);
        host.PrintErrors(await services.ApplyForChangeAsync(trader, Change(new Contact("Abe Jun", "abe@boueki.example.jp"))));

        Step("A non-life insurer adds WebNACCS: three terminals, three certificates, on the published date 2025-11-04.");
        var (insurer, ito) = await RegisterAsync(host, "損害保険株式会社", Industry.NonLifeInsurer.Code, InsurerAdministrator, "manager@sonpo.example.jp");
        var applied = await services.ApplyForChangeAsync(ito, Change(new Contact("Ueda Mai", "ueda@sonpo.example.jp")));
        Say($"receipt number {applied.Value.ReceiptNumber}, {applied.Value.Status}");
        await host.DeliverMailToAsync("ueda@sonpo.example.jp");
        await host.DeliverMailToAsync("manager@sonpo.example.jp");

        Step("The service desk reviews, confirms 2025-11-05 instead (the applicant must check it), and issues the terminals' credentials.");
        var id = applied.Value.Id;
        await services.StartReviewAsync(id, Desk);
        var issued = new LocalDate(2025, 10, 9);
        await services.FinishReviewAsync(id, Desk, new LocalDate(2025, 11, 5), [.. Enumerable.Range(1, 3).Select(i => new IssuedCredential($"WTRM000{i}", $"AccessKey{i}x7Q", $"A1C{i}0001", $"A2C{i}0002", $"A3C{i}0003", issued))]);
        await services.ConfirmAsync(id, Desk);
        var confirmed = await host.DeliverMailToAsync("manager@sonpo.example.jp");
        Say(confirmed.Body.Split('\n').First(line => line.StartsWith("利用開始日", StringComparison.Ordinal)));

        Step("The credentials are viewable now; the approval notice only from the start date.");
        var credentials = (await services.ViewCredentialsAsync(ito, id)).Value;
        Say($"{credentials.Count} terminals: {string.Join(", ", credentials.Select(c => c.LogicalTerminalName))} (each look is audited; keys and codes never printed)");
        host.PrintErrors(await services.GetApprovalNoticeAsync(ito, id));
        await PrintAccessAsync(host, insurer, WebNaccs.Code, ito);

        Step("On the start date the notice can be produced and the service used; two days later the credentials are gone.");
        host.Clock.Reset(Instant.FromUtc(2025, 11, 5, 0, 0));
        var notice = await services.GetApprovalNoticeAsync(ito, id);
        Say($"承認通知 {notice.Value.ReceiptNumber}: {notice.Value.ServiceName} from {notice.Value.StartDate:uuuu-MM-dd}");
        await PrintAccessAsync(host, insurer, WebNaccs.Code, ito);
        host.Clock.Reset(Instant.FromUtc(2025, 11, 7, 0, 0));
        host.PrintErrors(await services.ViewCredentialsAsync(ito, id));
    }

    private static ApplyForChange Change(Contact contact) => new()
    {
        ServiceCode = WebNaccs.Code,
        Items = [new ChangeItem(ChangeItemKind.UserCode, ChangeDirection.Add, "SONPO1"), .. Enumerable.Range(1, 3).Select(i => new ChangeItem(ChangeItemKind.LogicalTerminal, ChangeDirection.Add, $"WTRM000{i}"))],
        CertificateCount = 3,
        Reason = "WebNACCS処理方式の追加のため",
        DesiredStartDate = new LocalDate(2025, 11, 4),
        Contact = contact,
    };

    private static async Task PrintAccessAsync(SampleHost host, OrganizationId organization, string service, params MemberId[] members)
    {
        var entitlements = await host.Get<ServiceApplicationService>().GetEntitlementsAsync(organization);
        foreach (var id in members)
        {
            var member = (await host.Store.FindMemberAsync(id))!;
            Say($"may {member.Email} use {service} now? {entitlements.Check(member, service, host.Clock.GetCurrentInstant())}");
        }
    }

    private static async Task<(OrganizationId Organization, MemberId Administrator)> RegisterAsync(SampleHost host, string name, string industry, string administrator, string? manager)
    {
        var registered = await host.Get<OrganizationService>().RegisterHeadOfficeAsync(
            new RegisterOrganization
            {
                Organization = new OrganizationRegistration
                {
                    Industry = industry,
                    Profile = new OrganizationProfile
                    {
                        NameKanji = name,
                        NameKatakana = "カブシキガイシャ",
                        PostalCode = "100-0001",
                        Address = "東京都千代田区千代田１－１",
                        MainPhone = "03-1234-5678",
                        RepresentativeTitle = "代表取締役",
                        RepresentativeName = "日本　太郎",
                    },
                    Manager = manager is null ? null : new Contact("Manager", manager),
                },
                Administrator = new FoundingAdministrator { Email = administrator, DisplayName = administrator },
            },
            ActorRef.Operator("operator-1"));
        return (registered.Value.OrganizationId, await AcceptAsync(host, administrator));
    }

    private static async Task<MemberId> AcceptAsync(SampleHost host, string email)
    {
        var mail = await host.DeliverMailToAsync(email);
        var accepted = await host.Get<InvitationService>().AcceptInvitationAsync(new AcceptInvitation { Token = TokenIn(mail.Body), Password = Password });
        return accepted.Value;
    }
}
