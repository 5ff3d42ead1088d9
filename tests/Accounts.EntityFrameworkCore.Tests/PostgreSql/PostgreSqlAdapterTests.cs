using Accounts.EntityFrameworkCore.PostgreSql;
using Accounts.Storage.Conformance;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

public sealed class PostgreSqlAdapterTests(PostgreSqlStorageFactory factory) : DatabaseAdapterTests<PostgreSqlStorageFactory>(factory)
{
    /// <summary>With many sent rows and a few pending, the claim reads the partial index of pending rows, not the table.</summary>
    [ConformanceFact]
    public async Task ClaimingAmongManySentRows_ReadsOnlyThePendingIndex()
    {
        await PostgreSqlServer.ScalarAsync(Factory.ConnectionString, """
            INSERT INTO accounts_outbox_messages (id, template, recipients, language, parameters, created_at, status, attempts, sent_at)
            SELECT gen_random_uuid(), 'member.invitation', '["a@example.jp"]', 'ja', '[]', now(), CASE WHEN n % 10000 = 0 THEN 'Pending' ELSE 'Sent' END, 0, now()
            FROM generate_series(1, 200000) AS n;
            ANALYZE accounts_outbox_messages;
            """);
        var claim = PostgreSqlAccountsDialect.Instance.ClaimOutboxSql("accounts_outbox_messages")
            .Replace("{0}", "'d'", StringComparison.Ordinal)
            .Replace("{1}", "now() + interval '5 minutes'", StringComparison.Ordinal)
            .Replace("{2}", "now()", StringComparison.Ordinal)
            .Replace("{3}", "100", StringComparison.Ordinal);

        var plan = (string)(await PostgreSqlServer.ScalarAsync(Factory.ConnectionString, "EXPLAIN (FORMAT JSON) " + claim))!;

        Assert.Contains("ix_accounts_outbox_messages_pending", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
