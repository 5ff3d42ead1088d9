using System.Diagnostics;
using Accounts.Storage.Conformance;
using Npgsql;

namespace Accounts.EntityFrameworkCore.Tests.PostgreSql;

/// <summary>
/// A PostgreSQL database whose server the test may restart, with the command in
/// <c>ACCOUNTS_POSTGRES_RESTART</c> (CI sets it). Skipped with the reason when there is no server
/// or no command.
/// </summary>
public sealed class RestartablePostgreSqlStorageFactory : IConformanceStorageFactory, IAsyncLifetime
{
    private readonly PostgreSqlStorageFactory _database = new();

    public static string? SkipReason => PostgreSqlServer.SkipReason
        ?? (RestartCommand is null
            ? $"No way to restart the PostgreSQL server: set {PostgreSqlServer.RestartVariable} to a command that does, for example \"pg_ctlcluster 15 main restart\"."
            : null);

    public string ConnectionString => _database.ConnectionString;

    private static string? RestartCommand => Environment.GetEnvironmentVariable(PostgreSqlServer.RestartVariable) is { Length: > 0 } command ? command : null;

    public Task InitializeAsync() => SkipReason is null ? _database.InitializeAsync() : Task.CompletedTask;

    public Task DisposeAsync() => SkipReason is null ? _database.DisposeAsync() : Task.CompletedTask;

    public ValueTask<IConformanceStorage> CreateAsync(CancellationToken cancellationToken) => _database.CreateAsync(cancellationToken);

    /// <summary>Restarts the server and waits until it takes connections again.</summary>
    public async Task RestartServerAsync()
    {
        var command = RestartCommand ?? throw new InvalidOperationException($"{PostgreSqlServer.RestartVariable} is not set.");
        using (var restart = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardError = true })!)
        {
            await restart.WaitForExitAsync();
            Assert.True(restart.ExitCode == 0, $"'{command}' failed: {await restart.StandardError.ReadToEndAsync()}");
        }

        var fresh = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await PostgreSqlServer.ScalarAsync(fresh, "SELECT 1");
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
