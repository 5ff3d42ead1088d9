using System.Data.Common;
using Accounts.Auditing;
using Accounts.Members;
using Accounts.Organizations;
using Accounts.Storage;
using Accounts.Storage.Conformance;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>
/// Faults on a real server: a backend killed mid-commit, a deadlock, a statement timeout. Each
/// ends in a typed result or an <see cref="AccountsDatabaseException"/> that says what can have
/// been written, and never in a half-saved change set or a lost mail.
/// </summary>
public sealed class PostgreSqlFaultTests(PostgreSqlStorageFactory factory) : StorageConformanceTests<PostgreSqlStorageFactory>(factory)
{
    [ConformanceFact]
    public async Task ABackendKilledAtTheCommit_IsAnUnknownOutcome_AndTheChangeSetIsWholeOrAbsent()
    {
        var storage = Factory.Ports(interceptors: new KillAtCommit());
        var (organization, changes) = ChangeSetWithMail("KILLED");

        var failure = await Assert.ThrowsAsync<AccountsDatabaseException>(async () => await storage.UnitOfWork.CommitAsync(changes, default));

        Assert.Equal(CommitOutcome.Unknown, failure.Outcome);
        await AssertWholeOrAbsentAsync(organization);
        Assert.True((await Storage.UnitOfWork.CommitAsync(changes, default)).IsCommitted, "The pool gives a working connection again.");
        await AssertWholeOrAbsentAsync(organization, expectPresent: true);
    }

    [ConformanceFact]
    public async Task ABackendKilledBetweenTwoStatements_WritesNothing_AndSaysSo()
    {
        var first = Samples.Organization("FIRST");
        var second = Samples.Organization("SECOND");
        await CommitAsync(AggregateWrite.Insert(first), AggregateWrite.Insert(second));
        var storage = Factory.Ports(interceptors: new KillAtSecondStatement());
        var readFirst = (await Store.FindOrganizationAsync(first.Id))!;
        var readSecond = (await Store.FindOrganizationAsync(second.Id))!;

        // Two updates of one kind are saved one after the other: the first is sent before the backend dies.
        var failure = await Assert.ThrowsAsync<AccountsDatabaseException>(async () => await storage.UnitOfWork.CommitAsync(
            new ChangeSet { Writes = [AggregateWrite.Update(readFirst with { ReferringBankName = "changed" }), AggregateWrite.Update(readSecond with { ReferringBankName = "changed" })], Mail = [Samples.Mail("a@example.jp")] },
            default));

        Assert.Equal(CommitOutcome.NotWritten, failure.Outcome);
        Assert.Equal((1L, "みずほ銀行"), ((await Store.FindOrganizationAsync(first.Id))!.Version, (await Store.FindOrganizationAsync(first.Id))!.ReferringBankName));
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    [ConformanceFact]
    public async Task ADeadlock_IsAConflict_AndWritesNothing()
    {
        var first = Samples.Organization("FIRST");
        var second = Samples.Organization("SECOND");
        await CommitAsync(AggregateWrite.Insert(first), AggregateWrite.Insert(second));
        var readFirst = (await Store.FindOrganizationAsync(first.Id))!;
        var readSecond = (await Store.FindOrganizationAsync(second.Id))!;
        await using var other = await LockAsync(second.Id);

        // The commit locks FIRST, then waits for SECOND; the other transaction then asks for FIRST.
        var commit = UnitOfWork.CommitAsync(
            new ChangeSet { Writes = [AggregateWrite.Update(readFirst with { ReferringBankName = "mine" }), AggregateWrite.Update(readSecond with { ReferringBankName = "mine" })], Mail = [Samples.Mail("a@example.jp")] },
            default).AsTask();
        await WaitUntilWaitingForALockAsync();
        var otherLock = Task.Run(async () =>
        {
            await using var lockFirst = new NpgsqlCommand($"UPDATE accounts_organizations SET referring_bank_name = 'other' WHERE id = '{first.Id.Value}'", other.Connection, other);
            await lockFirst.ExecuteNonQueryAsync();
        });

        var result = await commit;
        await otherLock;
        await other.RollbackAsync();

        Assert.Equal((CommitStatus.Conflict, "organization"), (result.Status, result.Aggregate));
        Assert.Equal("みずほ銀行", (await Store.FindOrganizationAsync(first.Id))!.ReferringBankName);
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
    }

    [ConformanceFact]
    public async Task AStatementTimeout_WritesNothing_AndSaysSo()
    {
        var organization = Samples.Organization("SLOW");
        await CommitAsync(AggregateWrite.Insert(organization));
        var read = (await Store.FindOrganizationAsync(organization.Id))!;
        var storage = Factory.Ports(connection => connection.Options = "-c statement_timeout=300");
        await using var other = await LockAsync(organization.Id);

        var failure = await Assert.ThrowsAsync<AccountsDatabaseException>(async () => await storage.UnitOfWork.CommitAsync(
            new ChangeSet { Writes = [AggregateWrite.Update(read with { ReferringBankName = "late" })], Mail = [Samples.Mail("a@example.jp")], Audit = [Samples.Audit("slow")] },
            default));
        await other.RollbackAsync();

        Assert.Equal(CommitOutcome.NotWritten, failure.Outcome);
        Assert.Equal("57014", Assert.IsType<PostgresException>(failure.GetBaseException()).SqlState);
        Assert.Equal("みずほ銀行", (await Store.FindOrganizationAsync(organization.Id))!.ReferringBankName);
        Assert.Equal(0, (await Storage.Outbox.GetBacklogAsync(default)).Pending);
        Assert.Empty((await Storage.AuditLog.ListAsync(new AuditQuery(), default)).Entries);
    }

    private static (OrganizationId Organization, ChangeSet Changes) ChangeSetWithMail(string code)
    {
        var organization = Samples.Organization(code);
        var member = Samples.Member(organization.Id, code.ToLowerInvariant() + "@example.jp");
        return (organization.Id, new ChangeSet
        {
            Writes = [AggregateWrite.Insert(organization), AggregateWrite.Insert(member)],
            Mail = [Samples.Mail(member.Email)],
            Audit = [Samples.Audit("organization.register", organization: organization.Id)],
        });
    }

    /// <summary>The organization, its member, its mail and its audit entry are all there, or none is.</summary>
    private async Task AssertWholeOrAbsentAsync(OrganizationId organization, bool? expectPresent = null)
    {
        var present = new[]
        {
            await Store.FindOrganizationAsync(organization) is not null,
            (await Store.ListMembersAsync(organization, 0, 1)).Total == 1,
            (await Storage.Outbox.GetBacklogAsync(default)).Pending == 1,
            (await Storage.AuditLog.ListAsync(new AuditQuery { OrganizationId = organization }, default)).Entries.Count == 1,
        };

        Assert.True(present.All(p => p) || present.All(p => !p), $"Part of the change set is stored: [{string.Join(", ", present)}].");
        if (expectPresent is { } expected)
        {
            Assert.Equal(expected, present[0]);
        }
    }

    /// <summary>Opens a transaction of its own that holds an organization's row.</summary>
    private async Task<NpgsqlTransaction> LockAsync(OrganizationId organization)
    {
        var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var lockRow = new NpgsqlCommand($"SELECT 1 FROM accounts_organizations WHERE id = '{organization.Value}' FOR UPDATE", connection, transaction);
        await lockRow.ExecuteNonQueryAsync();
        return transaction;
    }

    private async Task WaitUntilWaitingForALockAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(Factory.ConnectionString).Database;
        for (var i = 0; i < 200; i++)
        {
            var waiting = (long)(await PostgreSqlServer.ScalarAsync(Factory.ConnectionString, $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND wait_event_type = 'Lock'"))!;
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("The commit never waited for the lock.");
    }

    private static async Task TerminateAsync(DbConnection? connection)
    {
        var backend = ((NpgsqlConnection)connection!).ProcessID;
        var admin = new NpgsqlConnectionStringBuilder(connection!.ConnectionString) { Pooling = false }.ConnectionString;

        // Waits up to five seconds until the backend is gone.
        await PostgreSqlServer.ScalarAsync(admin, $"SELECT pg_terminate_backend({backend}, 5000)");
    }

    private sealed class KillAtCommit : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await TerminateAsync(transaction.Connection);
            return result;
        }
    }

    private sealed class KillAtSecondStatement : DbCommandInterceptor
    {
        private int _statements;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _statements) == 2)
            {
                await TerminateAsync(command.Connection);
            }

            return result;
        }
    }
}
