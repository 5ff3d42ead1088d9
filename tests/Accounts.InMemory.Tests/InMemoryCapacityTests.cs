namespace Accounts.InMemory.Tests;

public sealed class InMemoryCapacityTests
{
    [Fact]
    public void ACapacityHint_MakesRoomUpFront_AndNegativeOnesAreMisuse()
    {
        var database = new InMemoryDatabase(new InMemoryCapacity(Accounts: 1_000, MembersPerOrganization: 500, OutboxMessages: 100, AuditEntries: 100));

        Assert.Equal(0, database.AccountCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryDatabase(new InMemoryCapacity(Accounts: -1)));
    }
}
