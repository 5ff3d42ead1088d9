using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using NodaTime;
using static Accounts.Sample.SampleHost;

namespace Accounts.Sample;

/// <summary>
/// ClassNK CCH Portal: personal accounts replace the shared company login. An organization
/// with two administrators, general users and an external invited user; a general user may
/// not invite; the last administrator cannot be removed.
/// </summary>
internal static class ClassNkJourney
{
    private const string StrongPassword = "Kaiun#2025-Tokyo";

    private const string FirstAdministrator = "sato@kaiun.example.jp";

    public static async Task RunAsync(SampleStorage storage)
    {
        Console.WriteLine("\n=== ClassNK CCH Portal: personal accounts, member types, permissions ===");
        await using var host = await SampleHost.StartAsync(storage, Instant.FromUtc(2025, 9, 28, 0, 0), options => options.UseClassNkPresets());
        if (await host.Store.FindMemberByEmailAsync(FirstAdministrator) is { } sato)
        {
            await ContinueAsync(host, sato);
            return;
        }

        await FirstRunAsync(host);
    }

    private static async Task FirstRunAsync(SampleHost host)
    {
        var organizations = host.Get<OrganizationService>();
        var invitations = host.Get<InvitationService>();
        var members = host.Get<MemberAdministrationService>();

        Step("After cutover, ClassNK's operator registers the ship manager's organization; its first administrator is invited by mail. (Nobody unauthenticated registers directly: self-service registration proves the address first.)");
        var registered = await organizations.RegisterHeadOfficeAsync(
            new RegisterOrganization
            {
                Organization = new OrganizationRegistration
                {
                    Industry = Industry.ShipManagement.Code,
                    Profile = new OrganizationProfile
                    {
                        NameKanji = "海運管理株式会社",
                        NameKatakana = "カイウンカンリカブシキガイシャ",
                        PostalCode = "１０２－８５６７",
                        Address = "東京都千代田区紀尾井町４－７",
                        MainPhone = "03-3230-1201",
                        RepresentativeTitle = "代表取締役社長",
                        RepresentativeName = "日本　太郎",
                    },
                },
                Administrator = new FoundingAdministrator { Email = FirstAdministrator, DisplayName = "Sato Hanako" },
            },
            ActorRef.Operator("classnk-operator-1"));
        Say($"organization code {registered.Value.Code}, postal code stored as 102-8567");
        var sato = await AcceptAsync(host, invitations, FirstAdministrator);

        Step("Sato invites a second administrator (several are recommended), two general users and an insurer as external user.");
        var suzuki = await InviteAndAcceptAsync(host, invitations, sato, "suzuki@kaiun.example.jp", "Suzuki Ichiro", MemberType.Administrator);
        var tanaka = await InviteAndAcceptAsync(host, invitations, sato, "tanaka@kaiun.example.jp", "Tanaka Jiro", MemberType.General);
        await InviteAndAcceptAsync(host, invitations, sato, "kaiun.crew@gmail.com", "Crew Desk", MemberType.General);
        await InviteAndAcceptAsync(host, invitations, sato, "yamada@sonpo.example.jp", "Yamada Saburo (insurer)", MemberType.ExternalInvited);

        Step("A general user tries to invite someone.");
        var refused = await invitations.InviteAsync(tanaka, new InviteMember { Email = "friend@kaiun.example.jp", DisplayName = "Friend" });
        host.PrintErrors(refused);

        Step("Sato removes Suzuki, then tries to remove himself, the last administrator.");
        var removed = await members.DeleteAsync(sato, suzuki);
        Say(removed.IsSuccess ? "Suzuki's account is deleted." : "unexpected");
        host.PrintErrors(await members.DeleteAsync(sato, sato));
        host.PrintErrors(await members.ChangeTypeAsync(sato, sato, MemberType.General));

        await PrintMembersAsync(members, sato);

        Step("ClassNK's permission matrix (R-ACC-3):");
        Console.WriteLine(Indent(PermissionMatrix.ClassNk.ToMarkdown()));

        Step("The audit trail records who did what, denied attempts included:");
        await host.PrintAuditTrailAsync(registered.Value.OrganizationId, 5);
    }

    /// <summary>A later run on the same database: the organization is there; Sato invites one more person.</summary>
    private static async Task ContinueAsync(SampleHost host, MemberSnapshot sato)
    {
        Step($"The database holds the organization from an earlier run ({host.Clock.GetCurrentInstant():yyyy-MM-dd HH:mm} now). Sato invites one more general user.");
        if (sato.Status != MemberStatus.Active)
        {
            Say("An earlier run stopped before Sato accepted the invitation; run with --reset to start over.");
            return;
        }

        var invitations = host.Get<InvitationService>();
        var count = (await host.Store.ListMembersAsync(sato.OrganizationId, 0, 1)).Total;
        var email = $"crew{count}@kaiun.example.jp";
        var invited = await invitations.InviteAsync(sato.Id, new InviteMember { Email = email, DisplayName = $"Crew {count}", Type = MemberType.General });
        if (invited.IsSuccess)
        {
            Say($"invited {email}, link valid until {invited.Value.ExpiresAt}");
            await AcceptAsync(host, invitations, email);
        }
        else
        {
            host.PrintErrors(invited);
        }

        await PrintMembersAsync(host.Get<MemberAdministrationService>(), sato.Id);
        Step("The latest audit entries, this run's and the earlier ones':");
        await host.PrintAuditTrailAsync(sato.OrganizationId, 5);
    }

    private static async Task PrintMembersAsync(MemberAdministrationService members, MemberId viewer)
    {
        Step("The members, as Sato sees them.");
        foreach (var member in (await members.ListMembersAsync(viewer)).Value.Members)
        {
            Say($"{member.Type,-16} {member.Status,-8} {member.Email}");
        }
    }

    private static async Task<MemberId> InviteAndAcceptAsync(SampleHost host, InvitationService invitations, MemberId inviter, string email, string name, MemberType type)
    {
        var invited = await invitations.InviteAsync(inviter, new InviteMember { Email = email, DisplayName = name, Type = type });
        Say($"invited {email} as {type}, link valid until {invited.Value.ExpiresAt}");
        host.PrintWarnings(invited);
        return await AcceptAsync(host, invitations, email);
    }

    private static async Task<MemberId> AcceptAsync(SampleHost host, InvitationService invitations, string email)
    {
        var mail = await host.DeliverMailToAsync(email);
        var accepted = await invitations.AcceptInvitationAsync(new AcceptInvitation { Token = TokenIn(mail.Body), Password = StrongPassword });
        Say($"{email} accepted the invitation and chose a password.");
        return accepted.Value;
    }

    private static string Indent(string text) => string.Join('\n', text.TrimEnd().Split('\n').Select(line => "    " + line));
}
