using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>A change set is written whole or not at all: aggregates, mail and audit entries together, cancellation included.</summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class AtomicityConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    /// <summary>How many writes the large change set of the cancellation test holds.</summary>
    protected virtual int LargeChangeSet => 2_000;

    /// <summary>One refused write keeps the whole change set out: earlier writes, mail and audit entries included.</summary>
    [ConformanceFact]
    public async Task OneBadWrite_SavesNothing_MailAndAuditIncluded()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.Member(organization.Id, "taken@example.jp")));
        var read = (await Store.FindOrganizationAsync(organization.Id))!;

        var refused = await TryCommitAsync(new ChangeSet
        {
            Writes = [AggregateWrite.Update(read with { ReferringBankName = "changed" }), AggregateWrite.Insert(Samples.Member(organization.Id, "new@example.jp")), AggregateWrite.Insert(Samples.Member(organization.Id, "taken@example.jp"))],
            Mail = [Samples.Mail("new@example.jp")],
            Audit = [Samples.Audit("test.refused")],
        });

        Assert.Equal(CommitStatus.Duplicate, refused.Status);
        Assert.Equal("みずほ銀行", (await Store.FindOrganizationAsync(organization.Id))!.ReferringBankName);
        Assert.Null(await Store.FindMemberByEmailAsync("new@example.jp"));
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Empty((await Storage.AuditLog.ListAsync(new AuditQuery(), default)).Entries);
    }

    /// <summary>An outbox message whose identifier was written before is a conflict, and keeps its change set out.</summary>
    [ConformanceFact]
    public async Task ARepeatedOutboxMessage_IsAConflict_AndSavesNothing()
    {
        var message = Samples.Mail("a@example.jp");
        Assert.True((await TryCommitAsync(new ChangeSet { Mail = [message] })).IsCommitted);
        var organization = Samples.Organization("ORG");

        var repeated = await TryCommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization)], Mail = [message] });
        var twice = await TryCommitAsync(new ChangeSet { Mail = [Samples.Mail("b@example.jp") with { Id = message.Id }] });

        Assert.Equal((CommitStatus.Conflict, CommitResult.OutboxMessageAggregate), (repeated.Status, repeated.Aggregate));
        Assert.Equal(CommitStatus.Conflict, twice.Status);
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
        Assert.Equal(1, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    /// <summary>A change set of only mail and audit entries is written.</summary>
    [ConformanceFact]
    public async Task MailAndAuditAlone_AreWritten()
    {
        var result = await TryCommitAsync(new ChangeSet { Mail = [Samples.Mail("a@example.jp")], Audit = [Samples.Audit("only.audit")] });

        Assert.True(result.IsCommitted);
        Assert.Equal(1, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Equal("only.audit", Assert.Single((await Storage.AuditLog.ListAsync(new AuditQuery(), default)).Entries).Action);
    }

    /// <summary>A commit cancelled before it starts throws and writes nothing.</summary>
    [ConformanceFact]
    public async Task ACancelledCommit_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var organization = Samples.Organization("ORG");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await UnitOfWork.CommitAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization)], Mail = [Samples.Mail("a@example.jp")] }, cancelled.Token));

        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    /// <summary>A large change set cancelled while it is written is saved whole or not at all: never in part.</summary>
    [ConformanceFact]
    public async Task ALargeChangeSetCancelledMidway_IsWrittenWholeOrNotAtAll()
    {
        var organization = Samples.Organization("ORG");
        await CommitAsync(AggregateWrite.Insert(organization));
        var members = Enumerable.Range(0, LargeChangeSet).Select(i => Samples.Member(organization.Id, $"m{i:D5}@example.jp")).ToList();
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(5));

        try
        {
            await UnitOfWork.CommitAsync(new ChangeSet { Writes = [.. members.Select(m => AggregateWrite.Insert(m))], Mail = [Samples.Mail("a@example.jp")] }, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // Either outcome is allowed; a part is not.
        }

        var stored = (await Store.ListMembersAsync(organization.Id, 0, 1)).Total;
        var mail = (await Storage.Outbox.GetBacklogAsync(default)).Pending;
        Assert.True((stored, mail) == (0, 0) || (stored, mail) == (LargeChangeSet, 1), $"{stored} of {LargeChangeSet} members and {mail} mail were written.");
    }
}
