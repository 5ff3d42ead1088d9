using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.Members;
using Accounts.Storage.Conformance;
using Accounts.Testing;

namespace Accounts.EntityFrameworkCore.Tests.Hosting;

/// <summary>The library's use cases end to end on a database, registered the way a host registers them.</summary>
/// <typeparam name="TFactory">The database's factory.</typeparam>
public abstract class PortalOnDatabaseTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    [ConformanceFact]
    public async Task Members_AreInvitedAcceptedAndSignedIn_ThroughTheDatabase()
    {
        using var portal = await PortalAsync();

        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@db.example.jp");
        var member = await portal.InviteAndAcceptAsync(administrator, "taro@db.example.jp");
        var again = await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = "taro@db.example.jp", DisplayName = "Again", Type = MemberType.General });
        var signIn = await portal.SignIn.SignInAsync("taro@db.example.jp", TestPortal.Password);

        Assert.Equal("member.email_taken", again.FirstError!.Code);
        Assert.True(signIn.IsSignedIn);
        Assert.Equal(MemberStatus.Active, portal.Member(member)!.Status);
        Assert.Equal(2, (await portal.Store.ListMembersAsync(organization, 0, 10)).Total);
        Assert.Equal(0, (await portal.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal(2, portal.Mail.Delivered.Count);
        var invitations = await portal.AuditLog.ListAsync(new AuditQuery { OrganizationId = organization, Action = MemberAuditActions.Invite }, default);
        Assert.Single(invitations.Entries, e => e.Outcome == AuditOutcome.Succeeded);
    }

    [ConformanceFact]
    public async Task ConcurrentInvitations_FillTheQuota_AndNeverExceedIt()
    {
        const int Invitations = 150;
        using var portal = await PortalAsync(options =>
        {
            options.UseNexiPresets();
            options.MaxCommitAttempts = Invitations;
        });
        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@nexi.example.jp");

        var results = await Task.WhenAll(Enumerable.Range(0, Invitations).Select(i => Task.Run(async () =>
            await portal.Invitations.InviteAsync(administrator, new InviteMember { Email = $"applicant{i}@nexi.example.jp", DisplayName = $"Applicant {i}", Type = MemberType.Applicant }))));

        Assert.Equal(99, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("quota.reached", r.FirstError!.Code));
        Assert.Equal(99, portal.Organization(organization)!.Seats.Applicants);
        Assert.Equal(100, (await portal.Store.ListMembersAsync(organization, 0, 1)).Total);
    }

    /// <summary>Registers the database's ports, as a host does after <c>AddAccounts</c>.</summary>
    protected abstract void AddDatabase(AccountsBuilder accounts);

    /// <summary>Creates or migrates the tables once the services are built.</summary>
    protected abstract Task CreateTablesAsync(IServiceProvider services);

    private async Task<TestPortal> PortalAsync(Action<AccountsOptions>? configure = null)
    {
        var portal = new TestPortal(configure, storage: AddDatabase);
        await CreateTablesAsync(portal.Get<IServiceProvider>());
        return portal;
    }
}
