using Accounts.Auditing;
using Accounts.Notifications;
using Accounts.Storage;
using NodaTime;

namespace Accounts.InMemory.Tests;

/// <summary>The storage contract every adapter honours (DESIGN.md convention 7), on the reference adapter.</summary>
public sealed class InMemoryStorageContractTests
{
    private readonly InMemoryDatabase _database = new();
    private readonly InMemoryUnitOfWork _unitOfWork;
    private readonly InMemoryOrganizationStore _organizations;
    private readonly InMemoryMemberStore _accounts;
    private readonly InMemoryOutbox _outbox;
    private readonly InMemoryAuditLog _audit;

    public InMemoryStorageContractTests()
    {
        _unitOfWork = new InMemoryUnitOfWork(_database);
        _organizations = new InMemoryOrganizationStore(_database);
        _accounts = new InMemoryMemberStore(_database);
        _outbox = new InMemoryOutbox(_database);
        _audit = new InMemoryAuditLog(_database);
    }

    [Fact]
    public async Task Insert_StartsAtVersionOne_AndLoadsBack()
    {
        var organization = Snapshots.Organization("A1");

        var result = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization] }, default);

        Assert.True(result.IsCommitted);
        Assert.Equal(organization with { Version = 1 }, await _organizations.FindAsync(organization.Id, default));
        Assert.Equal(organization.Id, (await _organizations.FindByCodeAsync(organization.Code, default))!.Id);
    }

    [Fact]
    public async Task AnUpdate_NamesTheVersionItRead_AndAStaleOneIsAConflict()
    {
        var organization = Snapshots.Organization("A1");
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization] }, default);
        var read = (await _organizations.FindAsync(organization.Id, default))!;

        var first = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [read with { RequiresOneTimePassword = true }] }, default);
        var stale = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [read with { RequiresOneTimePassword = false }] }, default);
        var reinsert = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization] }, default);

        Assert.True(first.IsCommitted);
        Assert.Equal(CommitStatus.Conflict, stale.Status);
        Assert.Equal(CommitStatus.Conflict, reinsert.Status);
        var stored = (await _organizations.FindAsync(organization.Id, default))!;
        Assert.Equal((2L, true), (stored.Version, stored.RequiresOneTimePassword));
    }

    [Fact]
    public async Task EmailsAndCodes_AreUniqueAcrossThePortal()
    {
        var a = Snapshots.Organization("SAME");
        var b = Snapshots.Organization("SAME");
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [a], Accounts = [Snapshots.Member(a.Id, "one@example.jp")] }, default);

        var sameCode = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [b] }, default);
        var sameEmail = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [Snapshots.Member(a.Id, "one@example.jp")] }, default);
        var twiceInOneSet = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [Snapshots.Member(a.Id, "two@example.jp"), Snapshots.Member(a.Id, "two@example.jp")] }, default);

        Assert.Equal(CommitResult.Duplicate(CommitResult.OrganizationCodeKey), sameCode);
        Assert.Equal(CommitResult.Duplicate(CommitResult.EmailKey), sameEmail);
        Assert.Equal(CommitResult.Duplicate(CommitResult.EmailKey), twiceInOneSet);
        Assert.Null(await _accounts.FindByEmailAsync("two@example.jp", default));
    }

    [Fact]
    public async Task AChangeSet_IsAllOrNothing()
    {
        var organization = Snapshots.Organization("A1");
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization], Accounts = [Snapshots.Member(organization.Id, "taken@example.jp")] }, default);
        var message = Mail("x@example.jp");
        var audit = new AuditEntry(Instant.FromUtc(2025, 1, 1, 0, 0), ActorRef.System, "test", string.Empty, AuditOutcome.Succeeded);

        var refused = await _unitOfWork.CommitAsync(
            new ChangeSet
            {
                Organizations = [(await _organizations.FindAsync(organization.Id, default))! with { RequiresOneTimePassword = true }],
                Accounts = [Snapshots.Member(organization.Id, "new@example.jp"), Snapshots.Member(organization.Id, "taken@example.jp")],
                Mail = [message],
                Audit = [audit],
            },
            default);

        Assert.Equal(CommitStatus.Duplicate, refused.Status);
        Assert.False((await _organizations.FindAsync(organization.Id, default))!.RequiresOneTimePassword);
        Assert.Null(await _accounts.FindByEmailAsync("new@example.jp", default));
        Assert.Empty(_database.OutboxMessages);
        Assert.Empty(_database.AuditEntries);
    }

    [Fact]
    public async Task AnOutboxMessageIdentifier_IsWrittenOnce_AndARepeatWritesNothing()
    {
        var message = Mail("a@example.jp");
        var organization = Snapshots.Organization("A1");
        await _unitOfWork.CommitAsync(new ChangeSet { Mail = [message] }, default);

        var repeated = await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization], Mail = [message] }, default);
        var sameId = OutboxMessageId.FromGuid(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
        var twiceInOneSet = await _unitOfWork.CommitAsync(new ChangeSet { Mail = [Mail("b@example.jp") with { Id = sameId }, Mail("c@example.jp") with { Id = sameId }] }, default);

        Assert.Equal(CommitStatus.Conflict, repeated.Status);
        Assert.Equal(CommitStatus.Conflict, twiceInOneSet.Status);
        Assert.Null(await _organizations.FindAsync(organization.Id, default));
        Assert.Single(_database.OutboxMessages);
    }

    [Fact]
    public async Task Deletion_NeedsTheVersionRead_AndFreesTheAddress()
    {
        var organization = Snapshots.Organization("A1");
        var account = Snapshots.Member(organization.Id, "gone@example.jp");
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization], Accounts = [account] }, default);

        var stale = await _unitOfWork.CommitAsync(new ChangeSet { DeletedMembers = [new MemberDeletion(account.Id, 7)] }, default);
        var deleted = await _unitOfWork.CommitAsync(new ChangeSet { DeletedMembers = [new MemberDeletion(account.Id, 1)] }, default);
        var reused = await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [Snapshots.Member(organization.Id, "gone@example.jp")] }, default);

        Assert.Equal(CommitStatus.Conflict, stale.Status);
        Assert.True(deleted.IsCommitted);
        Assert.True(reused.IsCommitted);
        Assert.Equal(1, (await _accounts.ListByOrganizationAsync(organization.Id, 0, 10, default)).Total);
    }

    [Fact]
    public async Task AnAccountChangingItsAddress_MovesTheUniqueKey()
    {
        var organization = Snapshots.Organization("A1");
        var account = Snapshots.Member(organization.Id, "old@example.jp");
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [organization], Accounts = [account] }, default);

        await _unitOfWork.CommitAsync(new ChangeSet { Accounts = [account with { Email = "new@example.jp", Version = 1 }] }, default);

        Assert.Null(await _accounts.FindByEmailAsync("old@example.jp", default));
        Assert.Equal(account.Id, (await _accounts.FindByEmailAsync("new@example.jp", default))!.Id);
    }

    [Fact]
    public async Task Units_AreListedUnderTheirHeadOffice_AndMembersByAddress()
    {
        var head = Snapshots.Organization("HQ");
        var branchB = Snapshots.Organization("HQ-B", head.Id);
        var branchA = Snapshots.Organization("HQ-A", head.Id);
        await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [head, branchB, branchA], Accounts = [Snapshots.Member(head.Id, "b@example.jp"), Snapshots.Member(head.Id, "a@example.jp")] }, default);

        Assert.Equal(["HQ-A", "HQ-B"], (await _organizations.ListUnitsAsync(head.Id, default)).Select(o => o.Code.Value));
        Assert.Equal(["a@example.jp", "b@example.jp"], (await _accounts.ListByOrganizationAsync(head.Id, 0, 10, default)).Items.Select(a => a.Email));
        Assert.Equal(["b@example.jp"], (await _accounts.ListByOrganizationAsync(head.Id, 1, 10, default)).Items.Select(a => a.Email));
    }

    [Fact]
    public async Task TheOutbox_ListsPendingOldestFirst_ErasesSecretsOnceSent_AndCountsFailures()
    {
        var first = Mail("a@example.jp");
        var second = Mail("b@example.jp") with { CreatedAt = first.CreatedAt + Duration.FromSeconds(1) };
        await _unitOfWork.CommitAsync(new ChangeSet { Mail = [first, second] }, default);

        Assert.Equal([first.Id, second.Id], (await _outbox.ListPendingAsync(10, default)).Select(m => m.Id));
        await _outbox.MarkFailedAsync(first.Id, first.CreatedAt, "IOException", abandon: false, default);
        await _outbox.MarkSentAsync(second.Id, second.CreatedAt, default);

        var pending = Assert.Single(await _outbox.ListPendingAsync(10, default));
        Assert.Equal((first.Id, 1, "IOException"), (pending.Id, pending.Attempts, pending.LastError));
        var sent = _database.OutboxMessages.Single(m => m.Id == second.Id);
        Assert.Equal((OutboxStatus.Sent, string.Empty, "Taro"), (sent.Status, sent.Parameter("token"), sent.Parameter("name")));
    }

    [Fact]
    public async Task TheAuditLog_FiltersByOrganizationActorTargetAndTime()
    {
        var organization = Snapshots.Organization("A1").Id;
        var at = Instant.FromUtc(2025, 9, 28, 0, 0);
        await _audit.AppendAsync(new AuditEntry(at, ActorRef.Operator("op"), "a", "t1", AuditOutcome.Succeeded, null, organization), default);
        await _audit.AppendAsync(new AuditEntry(at + Duration.FromHours(1), ActorRef.System, "b", "t2", AuditOutcome.Denied, "permission.denied", organization), default);
        await _audit.AppendAsync(new AuditEntry(at + Duration.FromHours(2), ActorRef.System, "c", "t3", AuditOutcome.Failed, "x.y"), default);

        Assert.Equal(2, (await _audit.ListAsync(new AuditQuery { OrganizationId = organization }, default)).Count);
        Assert.Equal(["b", "c"], (await _audit.ListAsync(new AuditQuery { Actor = ActorRef.System }, default)).Select(e => e.Action));
        Assert.Equal(["b"], (await _audit.ListAsync(new AuditQuery { From = at + Duration.FromMinutes(30), Until = at + Duration.FromHours(2) }, default)).Select(e => e.Action));
        Assert.Equal(["c"], (await _audit.ListAsync(new AuditQuery { Limit = 1 }, default)).Select(e => e.Action));
        Assert.Equal(["a"], (await _audit.ListAsync(new AuditQuery { Target = "t1" }, default)).Select(e => e.Action));
    }

    [Fact]
    public async Task ACancelledCall_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _unitOfWork.CommitAsync(new ChangeSet { Organizations = [Snapshots.Organization("A1")] }, cancelled.Token));

        Assert.Equal(0, _database.OrganizationCount);
    }

    private static OutboxMessage Mail(string to) => new()
    {
        Id = OutboxMessageId.FromGuid(Guid.NewGuid()),
        Template = "member.invitation",
        To = [to],
        Language = "ja",
        Parameters = [new("name", "Taro"), new("token", "secret-token", IsSecret: true)],
        CreatedAt = Instant.FromUtc(2025, 9, 28, 0, 0),
    };
}
