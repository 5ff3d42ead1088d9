using Accounts.Auditing;
using Accounts.Organizations;
using NodaTime;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>The audit trail: growing sequences, filters, and paging by cursor in both orders.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class AuditLogConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    private IAuditLog Log => Storage.AuditLog;

    /// <summary>Entries come back with sequences that grow in the order they were written, appended or committed.</summary>
    [ConformanceFact]
    public async Task Entries_GetGrowingSequences_InTheOrderWritten()
    {
        await Log.AppendAsync(Samples.Audit("a"), default);
        Assert.True((await TryCommitAsync(new ChangeSet { Audit = [Samples.Audit("b"), Samples.Audit("c")] })).IsCommitted);
        await Log.AppendAsync(Samples.Audit("d"), default);

        var entries = (await Log.ListAsync(new AuditQuery(), default)).Entries;

        Assert.Equal(["a", "b", "c", "d"], entries.Select(e => e.Action));
        Assert.True(entries.Zip(entries.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence));
        SnapshotAssert.Equivalent(Samples.Audit("a") with { Sequence = entries[0].Sequence }, entries[0]);
    }

    /// <summary>Filters by organization, actor, action, target and time combine.</summary>
    [ConformanceFact]
    public async Task Filters_SelectByOrganizationActorActionTargetAndTime()
    {
        var organization = new OrganizationId(Samples.NewGuid());
        await Log.AppendAsync(Samples.Audit("a", Samples.At, organization, ActorRef.Operator("op")), default);
        await Log.AppendAsync(Samples.Audit("b", Samples.At + Duration.FromHours(1), organization), default);
        await Log.AppendAsync(Samples.Audit("c", Samples.At + Duration.FromHours(2)), default);

        Assert.Equal(["a", "b"], await ActionsAsync(new AuditQuery { OrganizationId = organization }));
        Assert.Equal(["b", "c"], await ActionsAsync(new AuditQuery { Actor = ActorRef.System }));
        Assert.Equal(["c"], await ActionsAsync(new AuditQuery { Action = "c" }));
        Assert.Equal(["a"], await ActionsAsync(new AuditQuery { Target = "target-a" }));
        Assert.Equal(["b"], await ActionsAsync(new AuditQuery { From = Samples.At + Duration.FromMinutes(30), Until = Samples.At + Duration.FromHours(2) }));
        Assert.Equal(["b"], await ActionsAsync(new AuditQuery { OrganizationId = organization, Actor = ActorRef.System }));
    }

    /// <summary>Paging by cursor visits every matching entry once, newest first and oldest first.</summary>
    [ConformanceFact]
    public async Task PagingByCursor_VisitsEveryEntryOnce_InBothOrders()
    {
        for (var i = 0; i < 25; i++)
        {
            await Log.AppendAsync(Samples.Audit(i % 5 == 0 ? "skip" : "keep" + i), default);
        }

        var oldestFirst = await AllPagesAsync(new AuditQuery { Action = null, Limit = 7, Order = AuditOrder.OldestFirst });
        var newestFirst = await AllPagesAsync(new AuditQuery { Limit = 7, Order = AuditOrder.NewestFirst });
        var kept = await AllPagesAsync(new AuditQuery { Limit = 4, Order = AuditOrder.NewestFirst, Action = "keep24" });

        Assert.Equal(25, oldestFirst.Count);
        Assert.Equal(oldestFirst.AsEnumerable().Reverse().Select(e => e.Sequence), newestFirst.Select(e => e.Sequence));
        Assert.Equal(["keep24"], kept.Select(e => e.Action));
    }

    private async Task<List<string>> ActionsAsync(AuditQuery query) => [.. (await Log.ListAsync(query, default)).Entries.Select(e => e.Action)];

    private async Task<List<AuditEntry>> AllPagesAsync(AuditQuery query)
    {
        var all = new List<AuditEntry>();
        for (var page = await Log.ListAsync(query, default); ; page = await Log.ListAsync(query with { After = page.NextCursor }, default))
        {
            all.AddRange(page.Entries);
            if (page.NextCursor is null)
            {
                return all;
            }
        }
    }
}
