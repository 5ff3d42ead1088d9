using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Accounts.Domain.Tests.Members;

/// <summary>
/// Drives the membership use cases with random command sequences from several actors of two
/// organizations and checks the invariants after every step: the stored seats equal the
/// stored accounts, no quota is exceeded, an organization always keeps an enabled
/// administrator, and nothing of the other organization changes.
/// </summary>
public sealed class MembershipModelTests
{
    private const int People = 6;

    private static readonly QuotaPolicy SmallQuotas = new() { MaxAdministrators = 2, MaxGeneralUsers = 2, MaxExternalUsers = 1, MaxApplicants = 2 };

    private static readonly string[] ExpectedRefusals =
    [
        "quota.reached", "member.last_administrator", "member.email_taken", "member.not_found", "member.type_unchanged",
        "workflow.transition_not_allowed", "permission.denied", "permission.actor_inactive", "permission.outside_organization",
        "invitation.invalid", "permission.actor_unknown",
    ];

    private enum Kind
    {
        Invite,
        Accept,
        Revoke,
        Resend,
        ChangeType,
        Disable,
        Enable,
        Delete,
        Outsider,
    }

    [Fact]
    [Trait("Req", "R-ACC-4")]
    [Trait("Req", "R-ACC-5")]
    [Trait("Req", "R-ACC-8")]
    public void Property_RandomCommandSequences_KeepEveryInvariant()
    {
        var command = from kind in Gen.Elements(Enum.GetValues<Kind>())
                      from actor in Gen.Choose(0, People - 1)
                      from target in Gen.Choose(0, People - 1)
                      from type in Gen.Elements(Enum.GetValues<MemberType>())
                      select (kind, actor, target, type);

        Prop.ForAll(command.ListOf().Select(l => l.ToArray()).ToArbitrary(), commands => RunAsync(commands).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    private static async Task<bool> RunAsync((Kind Kind, int Actor, int Target, MemberType Type)[] commands)
    {
        var everything = PermissionMatrix.Actions.Aggregate(PermissionMatrix.ClassNk, (m, a) => m.Grant(MemberType.Administrator, a));
        var portal = new TestPortal(options =>
        {
            options.Permissions = everything;
            options.Quotas = SmallQuotas;
        });
        var (organization, founder) = await portal.RegisterOrganizationAsync("person0@a.example.jp");
        var (other, outsider) = await portal.RegisterOrganizationAsync("admin@b.example.jp");
        var otherBefore = Snapshot(portal, other);
        var ids = new Dictionary<int, MemberId> { [0] = founder };

        foreach (var (kind, actorIndex, targetIndex, type) in commands)
        {
            var actor = ids.GetValueOrDefault(actorIndex, founder);
            var target = ids.TryGetValue(targetIndex, out var known) ? known : MemberId.FromGuid(Guid.NewGuid());
            var email = $"person{targetIndex}@a.example.jp";
            string? code = kind switch
            {
                Kind.Invite => await InviteAsync(portal, actor, email, type, ids, targetIndex),
                Kind.Accept => await AcceptAsync(portal, email),
                Kind.Revoke => Code(await portal.Invitations.RevokeInvitationAsync(actor, target)),
                Kind.Resend => Code(await portal.Invitations.ResendInvitationAsync(actor, target)),
                Kind.ChangeType => Code(await portal.Members.ChangeTypeAsync(actor, target, type)),
                Kind.Disable => Code(await portal.Members.DisableAsync(actor, target)),
                Kind.Enable => Code(await portal.Members.EnableAsync(actor, target)),
                Kind.Delete => Code(await portal.Members.DeleteAsync(actor, target)),
                _ => Code(await portal.Members.DeleteAsync(outsider, target)),
            };

            var broken = (kind == Kind.Outsider && code is null) ? "an outsider changed the organization"
                : code is not null && !ExpectedRefusals.Contains(code) ? $"unexpected refusal {code}"
                : BrokenInvariant(portal, organization)
                ?? (Snapshot(portal, other) != otherBefore ? "the other organization changed" : null);
            if (broken is not null)
            {
                throw new InvalidOperationException($"After {kind} by {actorIndex} on {targetIndex} as {type} ({code ?? "ok"}): {broken}");
            }
        }

        return true;
    }

    private static async Task<string?> InviteAsync(TestPortal portal, MemberId actor, string email, MemberType type, Dictionary<int, MemberId> ids, int index)
    {
        var result = await portal.Invitations.InviteAsync(actor, new InviteMember { Email = email, DisplayName = email, Type = type });
        if (result.IsSuccess)
        {
            ids[index] = result.Value.MemberId;
        }

        return Code(result);
    }

    private static async Task<string?> AcceptAsync(TestPortal portal, string email)
    {
        await portal.Dispatcher.DispatchAsync(1000);
        var mail = portal.Mail.DeliveredTo(email);
        if (mail.Count == 0)
        {
            return null;
        }

        return Code(await portal.Invitations.AcceptInvitationAsync(new AcceptInvitation { Token = MailLinks.Token(mail[^1].Body), Password = TestPortal.Password }));
    }

    private static string? BrokenInvariant(TestPortal portal, OrganizationId organization)
    {
        var seats = portal.Organization(organization)!.Seats;
        var accounts = portal.Store.ListMembersAsync(organization, 0, 1000, default).AsTask().GetAwaiter().GetResult().Items;
        var counted = new SeatCounts(
            accounts.Count(a => a.Type == MemberType.Administrator),
            accounts.Count(a => a.Type == MemberType.General),
            accounts.Count(a => a.Type == MemberType.ExternalInvited),
            accounts.Count(a => a.Type == MemberType.Applicant),
            accounts.Count(a => a.Type == MemberType.Administrator && a.Status == MemberStatus.Disabled),
            accounts.Count(a => a.Type == MemberType.Administrator && a.Status == MemberStatus.Invited));
        return seats != counted ? $"stored seats {seats} differ from the accounts {counted}"
            : !Enum.GetValues<MemberType>().All(type => seats.Of(type) <= (SmallQuotas.LimitOf(type) ?? int.MaxValue)) ? $"quota exceeded: {seats}"
            : seats.ActiveAdministrators < 1 ? "no active administrator"
            : null;
    }

    private static (long Version, int Accounts) Snapshot(TestPortal portal, OrganizationId organization) =>
        (portal.Organization(organization)!.Version, portal.Store.ListMembersAsync(organization, 0, 10, default).AsTask().GetAwaiter().GetResult().Total);

    private static string? Code<T>(Result<T> result) => result.FirstError?.Code;
}
