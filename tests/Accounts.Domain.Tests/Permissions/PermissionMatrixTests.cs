using Accounts.Members;
using Accounts.Permissions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accounts.Domain.Tests.Permissions;

public sealed class PermissionMatrixTests
{
    [Fact]
    [Trait("Req", "R-ACC-2")]
    public void ClassNk_AdministratorsManage_OthersOnlyUseServices()
    {
        var matrix = PermissionMatrix.ClassNk;

        Assert.Equal(
            [PermissionAction.UseServices, PermissionAction.ApplyForServices, PermissionAction.InviteMembers, PermissionAction.EditMembers, PermissionAction.DeleteMembers, PermissionAction.ViewMembers, PermissionAction.EditOrganizationProfile, PermissionAction.RegisterUnits, PermissionAction.PreRegisterOrganization, PermissionAction.ManageSecuritySettings],
            matrix.AllowedActions(MemberType.Administrator));
        Assert.Equal([PermissionAction.UseServices], matrix.AllowedActions(MemberType.General));
        Assert.Equal([PermissionAction.UseServices], matrix.AllowedActions(MemberType.ExternalInvited));
        Assert.Empty(matrix.AllowedActions(MemberType.Applicant));
    }

    [Fact]
    [Trait("Req", "R-ACC-2")]
    public void Nexi_TheAdministratorRegistersApplicants_WhoSubmitApplications()
    {
        var matrix = PermissionMatrix.Nexi;

        Assert.True(matrix.Allows(MemberType.Administrator, PermissionAction.RegisterApplicants));
        Assert.False(matrix.Allows(MemberType.Administrator, PermissionAction.InviteMembers));
        Assert.Equal([PermissionAction.UseServices, PermissionAction.SubmitApplications], matrix.AllowedActions(MemberType.Applicant));
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void AHost_ChangesTheMatrixForItsPortal_WithoutTouchingThePreset()
    {
        var custom = PermissionMatrix.ClassNk.Grant(MemberType.General, PermissionAction.ViewMembers).Revoke(MemberType.Administrator, PermissionAction.RegisterUnits);

        Assert.True(custom.Allows(MemberType.General, PermissionAction.ViewMembers));
        Assert.False(custom.Allows(MemberType.Administrator, PermissionAction.RegisterUnits));
        Assert.False(PermissionMatrix.ClassNk.Allows(MemberType.General, PermissionAction.ViewMembers));
        Assert.NotEqual(PermissionMatrix.ClassNk, custom);
        Assert.Equal(custom, PermissionMatrix.Empty.Grant(MemberType.General, PermissionAction.UseServices, PermissionAction.ViewMembers)
            .Grant(MemberType.ExternalInvited, PermissionAction.UseServices)
            .Grant(MemberType.Administrator, [.. PermissionMatrix.ClassNk.AllowedActions(MemberType.Administrator).Where(a => a != PermissionAction.RegisterUnits)]));
    }

    [Fact]
    public void TheCheck_AllocatesNothing()
    {
        var matrix = PermissionMatrix.Nexi;
        matrix.Allows(MemberType.Applicant, PermissionAction.SubmitApplications);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = 0;
        for (var i = 0; i < 1_000; i++)
        {
            allowed += matrix.Allows((MemberType)(i % 4), (PermissionAction)(i % 12)) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(allowed > 0);
    }

    [Fact]
    public void UnknownTypesAndActions_AreNeverAllowed()
    {
        var everything = PermissionMatrix.Actions.Aggregate(PermissionMatrix.Empty, (matrix, action) =>
            PermissionMatrix.MemberTypes.Aggregate(matrix, (m, type) => m.Grant(type, action)));

        Assert.False(everything.Allows((MemberType)4, PermissionAction.UseServices));
        Assert.False(everything.Allows((MemberType)(-1), PermissionAction.UseServices));
        Assert.False(everything.Allows(MemberType.Administrator, (PermissionAction)16));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermissionMatrix.Empty.Grant((MemberType)4, PermissionAction.UseServices));
    }

    [Property]
    [Trait("Req", "R-ACC-3")]
    public Property Property_GrantAndRevoke_ChangeExactlyOneCell()
    {
        var cells = from type in Gen.Elements(PermissionMatrix.MemberTypes.ToArray())
                    from action in Gen.Elements(PermissionMatrix.Actions.ToArray())
                    select (type, action);
        var matrices = cells.ListOf().Select(list => list.Aggregate(PermissionMatrix.Empty, (m, c) => m.Grant(c.type, c.action)));

        return Prop.ForAll(matrices.ToArbitrary(), cells.ToArbitrary(), (matrix, cell) =>
        {
            var granted = matrix.Grant(cell.type, cell.action);
            var revoked = matrix.Revoke(cell.type, cell.action);
            return PermissionMatrix.MemberTypes.All(type => PermissionMatrix.Actions.All(action =>
                (type, action) == cell
                    ? granted.Allows(type, action) && !revoked.Allows(type, action)
                    : granted.Allows(type, action) == matrix.Allows(type, action) && revoked.Allows(type, action) == matrix.Allows(type, action)));
        });
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void ToMarkdown_PrintsOneRowPerTypeAndOneColumnPerAction()
    {
        var lines = PermissionMatrix.Nexi.ToMarkdown().TrimEnd().Split('\n');

        Assert.Equal(2 + PermissionMatrix.MemberTypes.Count, lines.Length);
        Assert.StartsWith("| Member type | Use services |", lines[0], StringComparison.Ordinal);
        Assert.Equal("| Applicant user | ✓ | — | ✓ | — | — | — | — | — | — | — | — | — |", lines[^1]);
        Assert.StartsWith("| アカウント種別 | サービス利用 |", PermissionMatrix.Nexi.ToMarkdown("ja"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void TheTablesInTheDocs_MatchThePresets()
    {
        GoldenDocs.AssertSection("docs/permissions.md", "classnk-en", PermissionMatrix.ClassNk.ToMarkdown());
        GoldenDocs.AssertSection("docs/permissions.md", "classnk-ja", PermissionMatrix.ClassNk.ToMarkdown("ja"));
        GoldenDocs.AssertSection("docs/permissions.md", "nexi-en", PermissionMatrix.Nexi.ToMarkdown());
        GoldenDocs.AssertSection("docs/permissions.md", "nexi-ja", PermissionMatrix.Nexi.ToMarkdown("ja"));
    }
}
