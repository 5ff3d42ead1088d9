using Accounts.Members;
using Accounts.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.Testing.Tests;

public sealed class TestPortalTests
{
    [Fact]
    public async Task APortal_RegistersAnOrganization_WhoseAdministratorAcceptedThroughTheMail()
    {
        using var portal = new TestPortal();

        var (organization, administrator) = await portal.RegisterOrganizationAsync("admin@org.example.jp");

        var member = portal.Member(administrator)!;
        Assert.Equal((organization, MemberStatus.Active), (member.OrganizationId, member.Status));
        Assert.Single(portal.Mail.DeliveredTo("admin@org.example.jp"));
    }

    [Fact]
    public async Task With_SharesTheDatabase_AndReplacesWhatItIsGiven()
    {
        using var portal = new TestPortal();
        var (organization, _) = await portal.RegisterOrganizationAsync();
        var refusing = new RefusingUnitOfWork();

        using var other = portal.With(services => services.AddSingleton<IUnitOfWork>(refusing));

        Assert.Equal(organization, other.Organization(organization)!.Id);
        Assert.Same(refusing, other.UnitOfWork);
    }

    private sealed class RefusingUnitOfWork : IUnitOfWork
    {
        public ValueTask<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
            ValueTask.FromResult(CommitResult.Conflict("member", Guid.Empty));
    }
}
