using Accounts.Organizations;
using Accounts.Storage;
using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>The server restarted between two calls: the pooled connections are dead, and the adapter says so without losing or half-saving anything.</summary>
[Collection(ServerRestarts.Name)]
public sealed class PostgreSqlRestartTests(RestartablePostgreSqlStorageFactory factory) : StorageConformanceTests<RestartablePostgreSqlStorageFactory>(factory)
{
    [ConformanceFact]
    public async Task AfterARestart_ACommitIsWrittenWhole_OrRefusedAsNotWritten_AndTheNextOneIsWritten()
    {
        var before = Samples.Organization("BEFORE");
        await CommitAsync(AggregateWrite.Insert(before));
        await Factory.RestartServerAsync();

        var after = Samples.Organization("AFTER");
        var changes = new ChangeSet { Writes = [AggregateWrite.Insert(after)], Mail = [Samples.Mail("a@example.jp")] };
        var refusals = new List<CommitOutcome>();
        CommitResult? result = null;
        for (var attempt = 0; attempt < 5 && result is null; attempt++)
        {
            try
            {
                result = await UnitOfWork.CommitAsync(changes, default);
            }
            catch (AccountsDatabaseException failure)
            {
                refusals.Add(failure.Outcome);
            }
        }

        Assert.Equal(CommitStatus.Committed, result?.Status);
        Assert.All(refusals, outcome => Assert.Equal(CommitOutcome.NotWritten, outcome));
        Assert.NotNull(await Store.FindOrganizationAsync(before.Id));
        Assert.NotNull(await Store.FindOrganizationAsync(after.Id));
        Assert.Equal(1, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }
}
