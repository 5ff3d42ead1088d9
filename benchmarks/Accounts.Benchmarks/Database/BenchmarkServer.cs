using Npgsql;

namespace Accounts.Benchmarks.Database;

/// <summary>
/// The PostgreSQL server the database benchmarks run on: <c>ACCOUNTS_POSTGRES</c> holds the
/// connection string of a user that may create databases, as for the tests. Every benchmark
/// class makes databases of its own and drops them when it ends.
/// </summary>
internal static class BenchmarkServer
{
    private const string ConnectionVariable = "ACCOUNTS_POSTGRES";

    private static string Admin => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"The database benchmarks need a PostgreSQL server: set {ConnectionVariable} to the connection string of a user that may create databases, for example \"Host=localhost;Username=postgres;Password=postgres\".");

    /// <summary>Creates an empty database and gives its connection string, with a pool that holds the given number of connections.</summary>
    public static string CreateDatabase(string purpose, int maxPoolSize)
    {
        var name = $"accounts_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        Execute(Admin, $"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Admin) { Database = name, MaxPoolSize = maxPoolSize }.ConnectionString;
    }

    /// <summary>Creates a database as a copy of another (PostgreSQL's <c>TEMPLATE</c>): a seeded state in seconds, for benchmarks that change what they run on.</summary>
    public static string CopyDatabase(string template, string purpose, int maxPoolSize)
    {
        NpgsqlConnection.ClearAllPools();
        var name = $"accounts_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        Execute(Admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{new NpgsqlConnectionStringBuilder(template).Database}\"");
        return new NpgsqlConnectionStringBuilder(Admin) { Database = name, MaxPoolSize = maxPoolSize }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        Execute(Admin, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        command.ExecuteNonQuery();
    }
}
