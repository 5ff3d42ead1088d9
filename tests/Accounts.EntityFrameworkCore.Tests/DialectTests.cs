using Accounts.EntityFrameworkCore.PostgreSql;
using Accounts.EntityFrameworkCore.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Accounts.EntityFrameworkCore.Tests;

/// <summary>Each dialect reads its database's errors by code and constraint name, never by message text.</summary>
public sealed class DialectTests
{
    [Theory]
    [InlineData(19, 2067, DatabaseFailureKind.UniqueViolation)]
    [InlineData(19, 1555, DatabaseFailureKind.PrimaryKeyViolation)]
    [InlineData(5, 5, DatabaseFailureKind.Contention)]
    [InlineData(6, 6, DatabaseFailureKind.Contention)]
    [InlineData(19, 787, DatabaseFailureKind.Other)]
    [InlineData(13, 13, DatabaseFailureKind.Other)]
    public void Sqlite_ReadsExtendedResultCodes(int code, int extendedCode, DatabaseFailureKind expected)
    {
        var failure = SqliteAccountsDialect.Instance.Classify(new SqliteException("UNIQUE constraint failed: misleading text", code, extendedCode));

        Assert.Equal(expected, failure.Kind);
        Assert.Null(failure.ConstraintName);
    }

    [Theory]
    [InlineData("23505", DatabaseFailureKind.UniqueViolation)]
    [InlineData("40001", DatabaseFailureKind.Contention)]
    [InlineData("40P01", DatabaseFailureKind.Contention)]
    [InlineData("55P03", DatabaseFailureKind.Contention)]
    [InlineData("57014", DatabaseFailureKind.Other)]
    [InlineData("23503", DatabaseFailureKind.Other)]
    public void PostgreSql_ReadsTheSqlState(string sqlState, DatabaseFailureKind expected)
    {
        var exception = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", sqlState, constraintName: "ux_accounts_members_email");

        var failure = PostgreSqlAccountsDialect.Instance.Classify(exception);

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(expected == DatabaseFailureKind.UniqueViolation ? "ux_accounts_members_email" : null, failure.ConstraintName);
    }

    [Fact]
    public void AnExceptionOfAnotherProvider_IsOther()
    {
        Assert.Equal(DatabaseFailureKind.Other, SqliteAccountsDialect.Instance.Classify(new InvalidOperationException("UNIQUE constraint failed")).Kind);
        Assert.Equal(DatabaseFailureKind.Other, PostgreSqlAccountsDialect.Instance.Classify(new SqliteException("x", 19, 2067)).Kind);
    }

    [Fact]
    public void OnlyPostgreSql_NeedsACollationForOrdinalOrder()
    {
        Assert.Null(SqliteAccountsDialect.Instance.OrdinalCollation);
        Assert.Equal("C", PostgreSqlAccountsDialect.Instance.OrdinalCollation);
    }
}
