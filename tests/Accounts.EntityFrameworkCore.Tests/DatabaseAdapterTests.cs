using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Storage;
using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Accounts.EntityFrameworkCore.Tests;

/// <summary>What the adapter promises beyond the kit, on each database: rows a person can read, secrets that leave with the mail.</summary>
/// <typeparam name="TFactory">The database's factory.</typeparam>
public abstract class DatabaseAdapterTests<TFactory>(TFactory factory) : StorageConformanceTests<TFactory>(factory)
    where TFactory : class, IConformanceStorageFactory
{
    private EntityFrameworkStorage Database => (EntityFrameworkStorage)Storage;

    [ConformanceFact]
    public async Task AMembersRow_ReadsAsPlainColumns_WithTheHistoryAsAJsonArray()
    {
        var organization = Samples.Organization("ORG");
        var member = Samples.Member(organization.Id, "reader@example.jp");
        await CommitAsync(AggregateWrite.Insert(organization), AggregateWrite.Insert(member));

        var row = await TextAsync("SELECT email || ' ' || display_name || ' ' || type || ' ' || status || ' ' || credential_previous_password_hashes AS \"Value\" FROM accounts_members");

        Assert.Equal("reader@example.jp 日本 太郎 (Taro) Administrator Active [\"PBKDF2$sha256$600000$b2xk$b2xk\",\"PBKDF2$sha256$600000$b2xkZXI$b2xkZXI\"]", row);
    }

    [ConformanceFact]
    public async Task AMailsParameters_ReadAsJson_WithJapaneseAsWritten_AndTheSecretApart_UntilSent()
    {
        var message = Samples.Mail("a@example.jp");
        Assert.True((await TryCommitAsync(new ChangeSet { Mail = [message] })).IsCommitted);

        var parameters = await TextAsync("SELECT parameters AS \"Value\" FROM accounts_outbox_messages");
        var secretsBefore = await TextAsync("SELECT secrets AS \"Value\" FROM accounts_outbox_messages");
        var now = Samples.At + Duration.FromMinutes(1);
        await Storage.Outbox.ClaimAsync(new OutboxClaim("d", now, Duration.FromMinutes(5), 1), default);
        await Storage.Outbox.MarkSentAsync(message.Id, "d", now, default);
        var secretsAfter = await TextAsync("SELECT secrets AS \"Value\" FROM accounts_outbox_messages");

        Assert.Equal("""[{"name":"inviteeName","value":"太郎"},{"name":"invitationToken","secret":true}]""", parameters);
        Assert.Equal("""["secret-token"]""", secretsBefore);
        Assert.Null(secretsAfter);
    }

    [ConformanceFact]
    public async Task AClaimedMessage_ComesBackWhole_WithItsSecret()
    {
        var message = Samples.Mail("a@example.jp");
        Assert.True((await TryCommitAsync(new ChangeSet { Mail = [message] })).IsCommitted);
        var now = Samples.At + Duration.FromMinutes(1);

        var claimed = Assert.Single(await Storage.Outbox.ClaimAsync(new OutboxClaim("d", now, Duration.FromMinutes(5), 1), default));

        SnapshotAssert.Equivalent(message with { ClaimedBy = "d", ClaimExpiresAt = now + Duration.FromMinutes(5) }, claimed);
    }

    [ConformanceFact]
    public async Task InstantsAreKeptToTheMicrosecond()
    {
        var organization = Samples.Organization("ORG") with { RegisteredAt = Samples.At + Duration.FromNanoseconds(1_234_567) };

        await CommitAsync(AggregateWrite.Insert(organization));

        Assert.Equal(Samples.At + Duration.FromNanoseconds(1_234_000), (await Store.FindOrganizationAsync(organization.Id))!.RegisteredAt);
    }

    private async Task<string?> TextAsync(string sql)
    {
        await using var context = await Database.Contexts.CreateDbContextAsync();
        return await context.Database.SqlQueryRaw<string?>(sql).SingleAsync();
    }
}
