using Accounts.Members;
using Accounts.Organizations;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>Optimistic concurrency: every write names the version it read, and of writers racing on one version exactly one wins.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class ConcurrencyConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    /// <summary>How many writers race in the race tests.</summary>
    protected virtual int Racers => 32;

    /// <summary>A stale update is a conflict naming the aggregate and its identifier, and changes nothing.</summary>
    [ConformanceFact]
    public async Task AStaleUpdate_IsAConflict_NamingTheAggregate()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));
        var read = (await Store.FindOrganizationAsync(organization.Id))!;
        await CommitAsync(AggregateWrite.Update(read with { RequiresOneTimePassword = false }));

        var stale = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Update(read with { ReferringBankName = "stale" })] });

        Assert.Equal((CommitStatus.Conflict, "organization", organization.Id.Value), (stale.Status, stale.Aggregate, stale.AggregateId));
        var stored = (await Store.FindOrganizationAsync(organization.Id))!;
        Assert.Equal((2L, "みずほ銀行"), (stored.Version, stored.ReferringBankName));
    }

    /// <summary>Inserting an identifier that exists is a conflict.</summary>
    [ConformanceFact]
    public async Task InsertingAnExistingIdentifier_IsAConflict()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));

        var again = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization with { Code = new OrganizationCode("OTHER") })] });

        Assert.Equal((CommitStatus.Conflict, organization.Id.Value), (again.Status, again.AggregateId));
    }

    /// <summary>Updating an aggregate that was deleted, or never written, is a conflict.</summary>
    [ConformanceFact]
    public async Task UpdatingAMissingAggregate_IsAConflict()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));
        var read = (await Store.FindOrganizationAsync(organization.Id))!;
        await CommitAsync(AggregateWrite.Delete(read));

        var update = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Update(read)] });

        Assert.Equal(CommitStatus.Conflict, update.Status);
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
    }

    /// <summary>A delete needs the version read.</summary>
    [ConformanceFact]
    public async Task AStaleDelete_IsAConflict_AndDeletesNothing()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "m@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));
        var read = (await Store.FindMemberAsync(member.Id))!;
        await CommitAsync(AggregateWrite.Update(read with { DisplayName = "changed" }));

        var stale = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Delete(read)] });

        Assert.Equal(CommitStatus.Conflict, stale.Status);
        Assert.NotNull(await Store.FindMemberAsync(member.Id));
    }

    /// <summary>A check writes nothing while the aggregate is unchanged, and fails the change set when it changed.</summary>
    [ConformanceFact]
    public async Task ACheck_PassesAtTheVersionRead_AndFailsOnceItChanged()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "actor@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));
        var actor = (await Store.FindMemberAsync(member.Id))!;
        var read = (await Store.FindOrganizationAsync(organization.Id))!;

        await CommitAsync(AggregateWrite.Check(actor), AggregateWrite.Update(read with { ReferringBankName = "first" }));
        await CommitAsync(AggregateWrite.Update(actor with { DisplayName = "demoted" }));
        var second = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Check(actor), AggregateWrite.Update((await Store.FindOrganizationAsync(organization.Id))! with { ReferringBankName = "second" })] });

        Assert.Equal((CommitStatus.Conflict, "member"), (second.Status, second.Aggregate));
        Assert.Equal(2, (await Store.FindMemberAsync(member.Id))!.Version);
        Assert.Equal("first", (await Store.FindOrganizationAsync(organization.Id))!.ReferringBankName);
    }

    /// <summary>Writes apply in order: a change set may insert an aggregate and update it at version 1, and the update wins.</summary>
    [ConformanceFact]
    public async Task AnInsertAndAnUpdateOfIt_InOneChangeSet_ApplyInOrder()
    {
        var organization = Samples.Organization("ORG");

        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Update(organization with { Version = 1, ReferringBankName = "updated" }));

        var stored = (await Store.FindOrganizationAsync(organization.Id))!;
        Assert.Equal((2L, "updated"), (stored.Version, stored.ReferringBankName));
    }

    /// <summary>Writers racing on one version: exactly one commits, the others are conflicts, and the version moves once.</summary>
    [ConformanceFact]
    public async Task ConcurrentUpdatesOfOneVersion_LetExactlyOneWin()
    {
        var organization = Samples.Organization("RACE");
        await CommitAsync(AggregateWrite.Insert(organization));
        var read = (await Store.FindOrganizationAsync(organization.Id))!;

        var results = await RaceAsync(i => AggregateWrite.Update(read with { ReferringBankName = "writer " + i }));

        Assert.Single(results, r => r.IsCommitted);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Equal(CommitStatus.Conflict, r.Status));
        Assert.Equal(2, (await Store.FindOrganizationAsync(organization.Id))!.Version);
    }

    /// <summary>Writers racing to insert one identifier or one unique value: exactly one commits, the others lose with a conflict or a duplicate, never an exception.</summary>
    [ConformanceFact]
    public async Task ConcurrentInsertsOfOneKey_LetExactlyOneWin()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));

        var results = await RaceAsync(_ => AggregateWrite.Insert(Samples.Member(organization.Id, "same@example.jp")));

        Assert.Single(results, r => r.IsCommitted);
        Assert.All(results.Where(r => !r.IsCommitted), r => Assert.Contains(r.Status, new[] { CommitStatus.Duplicate, CommitStatus.Conflict }));
        Assert.Equal(1, (await Store.ListMembersAsync(organization.Id, 0, 100)).Total);
    }

    /// <summary>Commits one write per racer, all at once on the thread pool.</summary>
    /// <param name="write">The write of racer <c>i</c>.</param>
    private async Task<CommitResult[]> RaceAsync(Func<int, AggregateWrite> write) =>
        await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
            await UnitOfWork.CommitAsync(new ChangeSet { Writes = [write(i)] }, default))));
}
