using Npgsql;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests use: <c>ACCOUNTS_POSTGRES</c> holds the connection string of a
/// user that may create databases. Without it the tests are skipped with the reason, unless
/// <c>ACCOUNTS_REQUIRE_POSTGRES=1</c> (set by CI) makes them required: then they fail.
/// </summary>
public static class PostgreSqlServer
{
    public const string ConnectionVariable = "ACCOUNTS_POSTGRES";
    public const string RequiredVariable = "ACCOUNTS_REQUIRE_POSTGRES";
    public const string RestartVariable = "ACCOUNTS_POSTGRES_RESTART";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string? SkipReason => AdminConnectionString is null && !IsRequired
        ? $"No PostgreSQL server: set {ConnectionVariable} to the connection string of a user that may create databases, for example \"Host=localhost;Username=postgres;Password=postgres\" (README: Running the PostgreSQL tests)."
        : null;

    /// <summary>Creates an empty database of its own for a test class, and gives its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = AdminConnectionString
            ?? throw new InvalidOperationException($"{RequiredVariable}=1 makes the PostgreSQL tests required, but {ConnectionVariable} is not set.");
        var name = "accounts_test_" + Guid.NewGuid().ToString("N")[..16];

        // A locale that sorts by culture (a-b, a.b, ab, b, B), so a listing that forgets the ordinal collation fails.
        const string Locale = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" {Locale}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Test classes run side by side on a server that takes 100 connections by default.
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 16 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a statement on a connection of its own, outside the adapter.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
