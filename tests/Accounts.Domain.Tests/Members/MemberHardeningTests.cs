using Accounts.Auditing;
using Accounts.Domain.Tests.UseCases;
using Accounts.InMemory;
using Accounts.Members;
using Accounts.Storage;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Domain.Tests.Members;

/// <summary>The membership findings of the adversarial review (hardening issue, points 7 and 10).</summary>
public sealed class MemberHardeningTests
{
    [Fact]
    [Trait("Req", "R-ACC-2")]
    public async Task AnAdministratorDemotedMidRequest_DoesNotDeleteTheMember()
    {
        // The head office's administrator removes a branch's member: the demotion and the
        // removal write different organizations, so only the actor's own row tells them apart.
        var portal = new TestPortal(options => options.ManagementScope = ManagementScope.OwnOrganizationAndUnits);
        var (headOffice, acting) = await portal.RegisterOrganizationAsync("acting@hq.example.jp");
        var other = await portal.InviteAndAcceptAsync(acting, "other@hq.example.jp", MemberType.Administrator);
        var (branch, _) = await portal.RegisterUnitAsync(headOffice, "admin@branch.example.jp");
        var member = await portal.InviteAndAcceptAsync(acting, "member@branch.example.jp", organization: branch);
        var demotion = new HookedUnitOfWork(
            new InMemoryUnitOfWork(portal.Database),
            async () => Assert.True((await portal.Members.ChangeTypeAsync(other, acting, MemberType.General)).IsSuccess));
        var racing = portal.With(services => services.AddSingleton<IUnitOfWork>(demotion));

        var deleted = await racing.Members.DeleteAsync(acting, member);

        Assert.Equal("permission.denied", deleted.FirstError!.Code);
        Assert.NotNull(portal.Member(member));
        Assert.Equal(MemberType.General, portal.Member(acting)!.Type);
    }

    [Fact]
    public async Task AHugeAddressWithLineBreaks_FromAnUnknownActor_NeverReachesTheAuditTrail()
    {
        var portal = new TestPortal();
        await portal.RegisterOrganizationAsync();
        var huge = new string('a', 1_000_000) + "\r\nforged audit line@org.example.jp";

        var result = await portal.Invitations.InviteAsync(MemberId.FromGuid(Guid.NewGuid()), new InviteMember { Email = huge, DisplayName = huge });

        Assert.Equal("permission.actor_unknown", result.FirstError!.Code);
        var entry = portal.Database.AuditEntries[^1];
        Assert.Equal((MemberAuditActions.Invite, string.Empty), (entry.Action, entry.Target));
        Assert.DoesNotContain("forged", entry.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property Property_WhateverIsTyped_TheAuditTrailHoldsOnlyBoundedIdentifiersWithoutControlCharacters()
    {
        var portal = new TestPortal();
        var (_, administrator) = portal.RegisterOrganizationAsync().GetAwaiter().GetResult();
        var typed = Gen.OneOf(
            Generators.StringOf(Gen.OneOf(Generators.AsciiPrintable, Generators.Control, Generators.FullWidthCharacter), 300),
            Generators.StringOf(Generators.AsciiPrintable, 40).Select(local => local.Replace("@", string.Empty, StringComparison.Ordinal) + "\n@org.example.jp"),
            Generators.StringOf(Gen.Elements('a', 'b', '1', '_', '#'), 20).Select(local => local + "@typed.example.jp"));

        return Prop.ForAll(typed.ToArbitrary(), input =>
        {
            var before = portal.Database.AuditEntries.Count;
            portal.Invitations.InviteAsync(administrator, new InviteMember { Email = input, DisplayName = input }).AsTask().GetAwaiter().GetResult();
            portal.SignIn.SignInAsync(input, input).AsTask().GetAwaiter().GetResult();
            var written = portal.Database.AuditEntries.Skip(before).ToList();
            Assert.NotEmpty(written);
            foreach (var entry in written)
            {
                foreach (var field in new[] { entry.Actor.Id, entry.Target, entry.Code ?? string.Empty })
                {
                    Assert.True(field.Length <= ActorRef.MaxNameLength, field);
                    Assert.DoesNotContain(field, char.IsControl);
                    if (input.Length >= 6)
                    {
                        Assert.DoesNotContain(input, field, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }
        });
    }
}
