using Accounts.Auditing;
using Accounts.InMemory;
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

    public static async Task RunAsync()
    {
        Console.WriteLine("\n=== ClassNK CCH Portal: personal accounts, member types, permissions ===");
        await using var host = new SampleHost(Instant.FromUtc(2025, 9, 28, 0, 0), options => options.UseClassNkPresets());
        var organizations = host.Get<OrganizationService>();
        var invitations = host.Get<InvitationService>();
        var members = host.Get<MemberAdministrationService>();

        Step("The ship manager registers its organization after cutover; its first administrator is invited by mail.");
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
                Administrator = new FoundingAdministrator { Email = "sato@kaiun.example.jp", DisplayName = "Sato Hanako" },
            },
            ActorRef.Anonymous("sato@kaiun.example.jp"));
        Say($"organization code {registered.Value.Code}, postal code stored as 102-8567");
        var sato = await AcceptAsync(host, invitations, "sato@kaiun.example.jp");

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

        Step("The members, as Sato sees them.");
        foreach (var member in (await members.ListMembersAsync(sato)).Value.Members)
        {
            Say($"{member.Type,-16} {member.Status,-8} {member.Email}");
        }

        Step("ClassNK's permission matrix (R-ACC-3):");
        Console.WriteLine(Indent(PermissionMatrix.ClassNk.ToMarkdown()));

        Step("The audit trail records who did what, denied attempts included:");
        foreach (var entry in host.Get<InMemoryDatabase>().AuditEntries.TakeLast(5))
        {
            Say($"{entry.Action,-24} {entry.Outcome,-9} {entry.Code}");
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
