using Accounts.Members;
using Accounts.Storage;
using Accounts.Storage.Conformance;

namespace Accounts.InMemory.Tests;

public sealed class InMemoryCapacityTests
{
    [Fact]
    public async Task ADatabaseSizedUpFront_GrowsPastItsCapacity_AndStoresAndListsLikeAnyOther()
    {
        var database = new InMemoryDatabase(new InMemoryCapacity(Aggregates: 1_000, PerGroup: 500, OutboxMessages: 100, AuditEntries: 100));
        var unitOfWork = new InMemoryUnitOfWork(database);
        var organization = Samples.Organization("SIZED");

        var committed = await unitOfWork.CommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization), .. Enumerable.Range(0, 600).Select(i => AggregateWrite.Insert(Samples.Member(organization.Id, $"m{i:D3}@example.jp")))] }, default);

        Assert.True(committed.IsCommitted);
        Assert.Equal(600, database.CountOf(MemberSnapshot.Aggregate));
        Assert.Equal(600, (await new InMemoryAggregateStore(database).ListMembersAsync(organization.Id, 0, 10)).Total);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, -1, 0, 0)]
    [InlineData(0, 0, -1, 0)]
    [InlineData(0, 0, 0, -1)]
    public void ANegativeCapacity_IsMisuse(int aggregates, int perGroup, int outbox, int audit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryDatabase(new InMemoryCapacity(aggregates, perGroup, outbox, audit)));
    }
}
