using Accounts.Members;
using Accounts.Permissions;
using FsCheck;
using FsCheck.Fluent;

namespace Accounts.Domain.Tests.Permissions;

public sealed class PermissionMatrixTests
{
    [Fact]
    [Trait("Req", "R-ACC-2")]
    public void ClassNk_AdministratorsManage_OthersOnlyUseServices()
    {
        var matrix = PermissionMatrix.ClassNk;

        Assert.Equal(
            [PermissionAction.UseServices, PermissionAction.ApplyForServices, PermissionAction.InviteUsers, PermissionAction.EditUsers, PermissionAction.DeleteUsers, PermissionAction.ViewMembers, PermissionAction.EditOrganizationProfile, PermissionAction.RegisterUnits, PermissionAction.PreRegisterOrganization, PermissionAction.ManageSecuritySettings],
            matrix.AllowedActions(AccountType.Administrator));
        Assert.Equal([PermissionAction.UseServices], matrix.AllowedActions(AccountType.General));
        Assert.Equal([PermissionAction.UseServices], matrix.AllowedActions(AccountType.ExternalInvited));
        Assert.Empty(matrix.AllowedActions(AccountType.Applicant));
    }

    [Fact]
    [Trait("Req", "R-ACC-2")]
    public void Nexi_TheAdministratorRegistersApplicants_WhoSubmitApplications()
    {
        var matrix = PermissionMatrix.Nexi;

        Assert.True(matrix.Allows(AccountType.Administrator, PermissionAction.RegisterApplicantUsers));
        Assert.False(matrix.Allows(AccountType.Administrator, PermissionAction.InviteUsers));
        Assert.Equal([PermissionAction.UseServices, PermissionAction.SubmitApplications], matrix.AllowedActions(AccountType.Applicant));
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void AHost_ChangesTheMatrixForItsPortal_WithoutTouchingThePreset()
    {
        var custom = PermissionMatrix.ClassNk.Grant(AccountType.General, PermissionAction.ViewMembers).Revoke(AccountType.Administrator, PermissionAction.RegisterUnits);

        Assert.True(custom.Allows(AccountType.General, PermissionAction.ViewMembers));
        Assert.False(custom.Allows(AccountType.Administrator, PermissionAction.RegisterUnits));
        Assert.False(PermissionMatrix.ClassNk.Allows(AccountType.General, PermissionAction.ViewMembers));
        Assert.NotEqual(PermissionMatrix.ClassNk, custom);
        Assert.Equal(custom, PermissionMatrix.Empty.Grant(AccountType.General, PermissionAction.UseServices, PermissionAction.ViewMembers)
            .Grant(AccountType.ExternalInvited, PermissionAction.UseServices)
            .Grant(AccountType.Administrator, [.. PermissionMatrix.ClassNk.AllowedActions(AccountType.Administrator).Where(a => a != PermissionAction.RegisterUnits)]));
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void TheCheck_AllocatesNothing()
    {
        var matrix = PermissionMatrix.Nexi;
        matrix.Allows(AccountType.Applicant, PermissionAction.SubmitApplications);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = 0;
        for (var i = 0; i < 1_000; i++)
        {
            allowed += matrix.Allows((AccountType)(i % 4), (PermissionAction)(i % 12)) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(allowed > 0);
    }

    [Fact]
    public void UnknownTypesAndActions_AreNeverAllowed()
    {
        var everything = PermissionMatrix.Actions.Aggregate(PermissionMatrix.Empty, (matrix, action) =>
            PermissionMatrix.AccountTypes.Aggregate(matrix, (m, type) => m.Grant(type, action)));

        Assert.False(everything.Allows((AccountType)4, PermissionAction.UseServices));
        Assert.False(everything.Allows((AccountType)(-1), PermissionAction.UseServices));
        Assert.False(everything.Allows(AccountType.Administrator, (PermissionAction)16));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermissionMatrix.Empty.Grant((AccountType)4, PermissionAction.UseServices));
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void Property_GrantAndRevoke_ChangeExactlyOneCell()
    {
        var cells = from type in Gen.Elements(PermissionMatrix.AccountTypes.ToArray())
                    from action in Gen.Elements(PermissionMatrix.Actions.ToArray())
                    select (type, action);
        var matrices = cells.ListOf().Select(list => list.Aggregate(PermissionMatrix.Empty, (m, c) => m.Grant(c.type, c.action)));

        Prop.ForAll(matrices.ToArbitrary(), cells.ToArbitrary(), (matrix, cell) =>
        {
            var granted = matrix.Grant(cell.type, cell.action);
            var revoked = matrix.Revoke(cell.type, cell.action);
            return PermissionMatrix.AccountTypes.All(type => PermissionMatrix.Actions.All(action =>
                (type, action) == cell
                    ? granted.Allows(type, action) && !revoked.Allows(type, action)
                    : granted.Allows(type, action) == matrix.Allows(type, action) && revoked.Allows(type, action) == matrix.Allows(type, action)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    [Trait("Req", "R-ACC-3")]
    public void ToMarkdown_PrintsOneRowPerTypeAndOneColumnPerAction()
    {
        var lines = PermissionMatrix.Nexi.ToMarkdown().TrimEnd().Split('\n');

        Assert.Equal(2 + PermissionMatrix.AccountTypes.Count, lines.Length);
        Assert.StartsWith("| Account type | Use services |", lines[0], StringComparison.Ordinal);
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
