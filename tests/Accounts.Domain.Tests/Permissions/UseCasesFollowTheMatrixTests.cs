using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Permissions;
using Accounts.Results;
using Accounts.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Accounts.Domain.Tests.Permissions;

/// <summary>For every member type and action, the use cases allow exactly what the matrix allows, whatever the matrix.</summary>
public sealed class UseCasesFollowTheMatrixTests
{
    [Fact]
    [Trait("Req", "R-ACC-2")]
    [Trait("Req", "R-ACC-3")]
    public void Property_UseCasesAllowExactlyWhatTheMatrixAllows()
    {
        var matrices = Gen.Choose(0, int.MaxValue).Two().Select(bits => FromBits(((ulong)(uint)bits.Item1 << 32) | (uint)bits.Item2));
        var cases = from matrix in matrices
                    from type in Gen.Elements(PermissionMatrix.MemberTypes.ToArray())
                    from action in Gen.Elements(PermissionMatrix.Actions.ToArray())
                    select (matrix, type, action);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = RunAsync(c.matrix, c.type, c.action).GetAwaiter().GetResult();
            return c.matrix.Allows(c.type, c.action)
                ? result is null
                : result == "permission.denied";
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    private static async Task<string?> RunAsync(PermissionMatrix matrix, MemberType type, PermissionAction action)
    {
        // Set up with every permission, then act under the generated matrix.
        var everything = PermissionMatrix.Actions.Aggregate(PermissionMatrix.Empty, (m, a) => PermissionMatrix.MemberTypes.Aggregate(m, (n, t) => n.Grant(t, a)));
        var setUp = new TestPortal(options => options.Permissions = everything);
        var portal = setUp;
        var (organization, administrator) = await portal.RegisterOrganizationAsync();
        var actor = type == MemberType.Administrator ? administrator : await portal.InviteAndAcceptAsync(administrator, "actor@org.example.jp", type);
        var target = await portal.InviteAndAcceptAsync(administrator, "target@org.example.jp");
        portal = setUp.With(configure: options => options.Permissions = matrix);

        var error = action switch
        {
            PermissionAction.InviteMembers => Code(await portal.Invitations.InviteAsync(actor, new InviteMember { Email = "new@org.example.jp", DisplayName = "New" })),
            PermissionAction.RegisterApplicants => Code(await portal.Invitations.InviteAsync(actor, new InviteMember { Email = "new@org.example.jp", DisplayName = "New", Type = MemberType.Applicant })),
            PermissionAction.EditMembers => Code(await portal.Members.DisableAsync(actor, target)),
            PermissionAction.DeleteMembers => Code(await portal.Members.DeleteAsync(actor, target)),
            PermissionAction.ViewMembers => Code(await portal.Members.ListMembersAsync(actor)),
            PermissionAction.EditOrganizationProfile => Code(await portal.Organizations.UpdateProfileAsync(actor, organization, TestPortal.ValidProfile)),
            PermissionAction.RegisterUnits => Code(await portal.Organizations.RegisterUnitAsync(organization, OrganizationKind.Branch, TestPortal.Registration("unit@org.example.jp"), ActorRef.Member(actor))),
            PermissionAction.ManageSecuritySettings => Code(await portal.Organizations.RequireOneTimePasswordAsync(actor, organization, true)),
            _ => Code(await portal.Access.AuthorizeAsync(actor, action)),
        };
        return error;
    }

    private static string? Code<T>(Result<T> result) => result.FirstError?.Code;

    private static PermissionMatrix FromBits(ulong bits) =>
        PermissionMatrix.MemberTypes.Aggregate(PermissionMatrix.Empty, (matrix, type) =>
            PermissionMatrix.Actions.Aggregate(matrix, (m, action) => ((bits >> (((int)type * 16) + (int)action)) & 1) != 0 ? m.Grant(type, action) : m));
}
