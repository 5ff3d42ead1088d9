using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Registration;
using Xunit;

namespace Accounts.Storage.Conformance;

/// <summary>
/// The bulk write path (<see cref="IBulkUnitOfWork"/>) keeps every guarantee of an ordinary commit:
/// a batch of thousands of inserts with its mail and audit is written whole, listed in order, and a
/// taken key, a repeated identifier or a stale version anywhere in it keeps all of it out.
/// </summary>
/// <typeparam name="TFactory">The adapter's factory.</typeparam>
public abstract class BulkWriteConformanceTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    /// <summary>How many members the large batch holds.</summary>
    protected virtual int LargeBatch => 2_000;

    private IBulkUnitOfWork Bulk => UnitOfWork as IBulkUnitOfWork
        ?? throw new InvalidOperationException($"The {Storage.Adapter} adapter's unit of work offers no bulk write path (IBulkUnitOfWork).");

    /// <summary>A large batch — organizations, members, mail, audit and a checkpoint update — is written whole and reads back in order.</summary>
    [ConformanceFact]
    public async Task ALargeBatch_IsWrittenWhole_AndListsInOrder()
    {
        var checkpoint = Samples.CutoverRun();
        await CommitAsync(AggregateWrite.Insert(checkpoint));
        var organization = Samples.Organization("BULK");
        var members = Enumerable.Range(0, LargeBatch).Select(i => Samples.InvitedMember(organization.Id, $"p{i:D5}@example.jp")).ToList();

        var result = await Bulk.CommitBatchAsync(
            new ChangeSet
            {
                Writes = [AggregateWrite.Update((await Store.FindAsync<CutoverRunSnapshot>(checkpoint.Id, default))! with { Processed = 400 }), AggregateWrite.Insert(organization), .. members.Select(m => AggregateWrite.Insert(m))],
                Mail = [.. members.Select(m => Samples.Mail(m.Email))],
                Audit = [Samples.Audit("bulk.batch")],
            },
            CancellationToken.None);

        Assert.True(result.IsCommitted, result.ToString());
        var page = await Store.ListMembersAsync(organization.Id, LargeBatch - 3, 10);
        Assert.Equal(LargeBatch, page.Total);
        Assert.Equal(members.TakeLast(3).Select(m => m.Email), page.Items.Select(m => m.Email));
        SnapshotAssert.Equivalent(members[7] with { Version = 1 }, await Store.FindMemberByEmailAsync(members[7].Email));
        Assert.Equal(400, (await Store.FindAsync<CutoverRunSnapshot>(checkpoint.Id, default))!.Processed);
        Assert.Equal(LargeBatch, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Single((await Storage.AuditLog.ListAsync(new AuditQuery(), default)).Entries);
    }

    /// <summary>
    /// A whole group read as one stream (<see cref="IAggregateStore.ReadGroupAsync"/>, what a cutover
    /// reads its pre-registrations with) comes in exactly the order its pages list, ordinal order included.
    /// </summary>
    [ConformanceFact]
    public async Task AWholeGroup_ReadAsOneStream_ComesInPageOrder()
    {
        var organization = Samples.Organization("READ");
        var separators = new[] { "-", "_", ".", "0", "a", "Z" };
        var members = Enumerable.Range(0, 2_345)
            .Select(i => Samples.InvitedMember(organization.Id, $"p{(i * 7919) % 2_345}{separators[i % separators.Length]}x{i % 3}@example.jp"))
            .ToList();
        var committed = await Bulk.CommitBatchAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization), .. members.Select(m => AggregateWrite.Insert(m))] }, CancellationToken.None);
        Assert.True(committed.IsCommitted, committed.ToString());

        var paged = new List<Guid>();
        for (var offset = 0; offset < members.Count; offset += 500)
        {
            paged.AddRange((await Store.ListMembersAsync(organization.Id, offset, 500)).Items.Select(m => m.Id.Value));
        }

        var streamed = new List<Guid>();
        await foreach (var member in Store.ReadGroupAsync(MemberSnapshot.ByOrganization, organization.Id.Value, CancellationToken.None))
        {
            streamed.Add(member.Id.Value);
        }

        Assert.Equal(members.Count, streamed.Count);
        Assert.Equal(paged, streamed);
        Assert.Equal(members.Select(m => m.Email).Order(StringComparer.Ordinal), (await Store.ListMembersAsync(organization.Id, 0, members.Count)).Items.Select(m => m.Email));
    }

    /// <summary>In a batch, accounts with user IDs share a contact address with an account that signs in with it; a user ID another account holds refuses the batch.</summary>
    [ConformanceFact]
    public async Task UserIds_InABatch_AreUnique_AndAddressesShared()
    {
        var holder = Samples.Organization("HOLD");
        await CommitAsync(AggregateWrite.Insert(holder), AggregateWrite.Insert(Samples.Member(holder.Id, "holder@example.jp") with { UserId = "HOLD-00" }));
        var organization = Samples.Organization("BULK");
        var members = Enumerable.Range(0, 20).Select(i => Samples.InvitedMember(organization.Id, "shared@example.jp") with { UserId = $"BULK-{i:D2}" }).Append(Samples.InvitedMember(organization.Id, "shared@example.jp")).ToList();

        var committed = await Bulk.CommitBatchAsync(new ChangeSet { Writes = [AggregateWrite.Insert(organization), .. members.Select(m => AggregateWrite.Insert(m))] }, CancellationToken.None);
        var refused = await Bulk.CommitBatchAsync(new ChangeSet { Writes = [AggregateWrite.Insert(Samples.InvitedMember(organization.Id, "late@example.jp") with { UserId = "HOLD-00" })] }, CancellationToken.None);

        Assert.True(committed.IsCommitted);
        Assert.Equal(members[^1].Id, (await Store.FindMemberByEmailAsync("shared@example.jp"))!.Id);
        Assert.Equal(members[13].Id, (await Store.FindMemberByUserIdAsync("BULK-13"))!.Id);
        Assert.Equal((CommitStatus.Duplicate, "member.user_id", "HOLD-00"), (refused.Status, refused.Key, refused.Value));
    }

    /// <summary>An address another account holds refuses the batch as a duplicate of that key; nothing of the batch is written.</summary>
    [ConformanceFact]
    public async Task ATakenKey_RefusesTheWholeBatch()
    {
        var holder = Samples.Organization("HOLD");
        await CommitAsync(AggregateWrite.Insert(holder), AggregateWrite.Insert(Samples.Member(holder.Id, "taken@example.jp")));
        var organization = Samples.Organization("BULK");
        var members = Enumerable.Range(0, 50).Select(i => Samples.InvitedMember(organization.Id, i == 37 ? "taken@example.jp" : $"p{i}@example.jp")).ToList();

        var result = await Bulk.CommitBatchAsync(
            new ChangeSet { Writes = [AggregateWrite.Insert(organization), .. members.Select(m => AggregateWrite.Insert(m))], Mail = [Samples.Mail("p0@example.jp")], Audit = [Samples.Audit("bulk.refused")] },
            CancellationToken.None);

        Assert.Equal((CommitStatus.Duplicate, "member.email", "taken@example.jp"), (result.Status, result.Key, result.Value));
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
        Assert.Null(await Store.FindMemberByEmailAsync("p0@example.jp"));
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Empty((await Storage.AuditLog.ListAsync(new AuditQuery { Action = "bulk.refused" }, default)).Entries);
    }

    /// <summary>Inserting an identifier that is stored already is a conflict on it, and a batch run twice writes nothing the second time.</summary>
    [ConformanceFact]
    public async Task ABatchRunTwice_ConflictsOnItsIdentifiers_AndWritesNothingMore()
    {
        var organization = Samples.Organization("BULK");
        var member = Samples.InvitedMember(organization.Id, "once@example.jp");
        var mail = Samples.Mail("once@example.jp");
        var batch = new ChangeSet { Writes = [AggregateWrite.Insert(organization), AggregateWrite.Insert(member)], Mail = [mail] };
        Assert.True((await Bulk.CommitBatchAsync(batch, CancellationToken.None)).IsCommitted);

        var again = await Bulk.CommitBatchAsync(batch, CancellationToken.None);

        Assert.Equal(CommitStatus.Conflict, again.Status);
        Assert.Equal(1, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    /// <summary>A stale version in the batch (a checkpoint another run moved) keeps every insert out.</summary>
    [ConformanceFact]
    public async Task AStaleCheckpoint_KeepsEveryInsertOut()
    {
        var checkpoint = Samples.CutoverRun();
        await CommitAsync(AggregateWrite.Insert(checkpoint));
        var read = (await Store.FindAsync<CutoverRunSnapshot>(checkpoint.Id, default))!;
        await CommitAsync(AggregateWrite.Update(read with { Processed = 400 }));
        var organization = Samples.Organization("LATE");

        var result = await Bulk.CommitBatchAsync(
            new ChangeSet { Writes = [AggregateWrite.Update(read with { Processed = 400 }), AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.InvitedMember(organization.Id, "late@example.jp"))], Mail = [Samples.Mail("late@example.jp")] },
            CancellationToken.None);

        Assert.Equal((CommitStatus.Conflict, "cutover_run"), (result.Status, result.Aggregate));
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
        Assert.Null(await Store.FindMemberByEmailAsync("late@example.jp"));
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    /// <summary>The same address twice within one batch is a duplicate: the batch is judged as one change set.</summary>
    [ConformanceFact]
    public async Task AnAddressTwiceInOneBatch_IsADuplicate()
    {
        var organization = Samples.Organization("BULK");

        var result = await Bulk.CommitBatchAsync(
            new ChangeSet { Writes = [AggregateWrite.Insert(organization), AggregateWrite.Insert(Samples.InvitedMember(organization.Id, "twice@example.jp")), AggregateWrite.Insert(Samples.InvitedMember(organization.Id, "twice@example.jp"))] },
            CancellationToken.None);

        Assert.Equal((CommitStatus.Duplicate, "member.email"), (result.Status, result.Key));
        Assert.Null(await Store.FindOrganizationAsync(organization.Id));
    }
}
