using Accounts.Auditing;
using Accounts.DependencyInjection;
using Accounts.EntityFrameworkCore;
using Accounts.EntityFrameworkCore.PostgreSql;
using Accounts.InMemory;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Organizations;
using Accounts.Results;
using Accounts.Secrets;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Sample;

/// <summary>One portal host: the library on the chosen storage, a clock the journey can move, and helpers to print what happens.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private SampleHost(SampleStorage storage, FakeClock clock, Action<AccountsOptions> configure)
    {
        Clock = clock;
        Storage = storage;
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        var accounts = services.AddAccounts(options =>
        {
            options.PortalName = "Sample Portal";
            options.UseSecretProtectionKey(SecretProtectionKey(storage));
            configure(options);
        });
        switch (storage.Database)
        {
            case SampleDatabase.InMemory:
                accounts.AddInMemoryStores();
                break;
            case SampleDatabase.Sqlite:
                Directory.CreateDirectory(storage.DataFolder);
                accounts.AddSqliteStores(storage.ConnectionString!);
                break;
            default:
                accounts.AddPostgreSqlStores(storage.ConnectionString!);
                break;
        }

        // The database adapters send no mail of their own; the sample records it to show it.
        services.TryAddSingleton<RecordingMailSender>();
        services.TryAddSingleton<IMailSender>(provider => provider.GetRequiredService<RecordingMailSender>());
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // A generic host runs this at start; a bare service provider asks for it.
        _provider.GetRequiredService<IStartupValidator>().Validate();
        _scope = _provider.CreateAsyncScope();
    }

    public FakeClock Clock { get; }

    public SampleStorage Storage { get; }

    public IAggregateStore Store => Get<IAggregateStore>();

    /// <summary>
    /// Starts a host: creates or migrates the database, and sets the clock to the journey's start,
    /// or an hour after the last thing an earlier run did, so time moves on from run to run.
    /// </summary>
    public static async Task<SampleHost> StartAsync(SampleStorage storage, Instant start, Action<AccountsOptions> configure)
    {
        var host = new SampleHost(storage, new FakeClock(start), configure);
        if (storage.Database != SampleDatabase.InMemory)
        {
            await host._provider.MigrateAccountsDatabaseAsync();
        }

        var latest = await host.Get<IAuditLog>().ListAsync(new AuditQuery { Order = AuditOrder.NewestFirst, Limit = 1 }, default);
        if (latest.Entries is [var last] && last.At + Duration.FromHours(1) > start)
        {
            host.Clock.Reset(last.At + Duration.FromHours(1));
        }

        return host;
    }

    /// <summary>Deletes what earlier runs kept: the PostgreSQL database, when one is used, and the data folder with the SQLite file and the keys.</summary>
    public static async Task ResetAsync(SampleStorage storage)
    {
        if (storage.Database == SampleDatabase.PostgreSql)
        {
            var options = new DbContextOptionsBuilder<AccountsDbContext>();
            options.UseAccountsPostgreSql(storage.ConnectionString!);
            await using var context = new AccountsDbContext(options.Options);
            await context.Database.EnsureDeletedAsync();
        }

        if (Directory.Exists(storage.DataFolder))
        {
            Directory.Delete(storage.DataFolder, recursive: true);
        }
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public MessageCatalog Messages => Get<AccountsPolicies>().Messages;

    /// <summary>Runs the outbox dispatcher, as a host's background job would, and returns the mail delivered to an address.</summary>
    public async Task<MailMessage> DeliverMailToAsync(string address)
    {
        await Get<OutboxDispatcher>().DispatchAsync();
        var mail = Get<RecordingMailSender>().DeliveredTo(address)[^1];
        Console.WriteLine($"    mail to {address}: {mail.Subject}");
        return mail;
    }

    /// <summary>The token of the link in a mail, as the recipient's click hands it to the portal.</summary>
    public static string TokenIn(string body)
    {
        const string Marker = "token=";
        var start = body.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        var end = start;
        while (end < body.Length && (char.IsAsciiLetterOrDigit(body[end]) || body[end] is '-' or '_'))
        {
            end++;
        }

        return body[start..end];
    }

    /// <summary>Keeps what a person keeps between runs (the posted Web user ID, the phone's authenticator secret) in a file beside the database.</summary>
    public void KeepLetter(string name, string content)
    {
        if (Storage.Database != SampleDatabase.InMemory)
        {
            File.WriteAllText(Path.Combine(Storage.DataFolder, name + ".txt"), content);
        }
    }

    /// <summary>A letter kept by an earlier run on the same database, or <see langword="null"/>.</summary>
    public string? ReadLetter(string name)
    {
        var file = Path.Combine(Storage.DataFolder, name + ".txt");
        return Storage.Database != SampleDatabase.InMemory && File.Exists(file) ? File.ReadAllText(file) : null;
    }

    public static void Step(string text) => Console.WriteLine($"\n  ▸ {text}");

    public static void Say(string text) => Console.WriteLine($"    {text}");

    public void PrintErrors<T>(Result<T> result)
    {
        foreach (var error in result.Errors)
        {
            Say($"✗ {error.Code} [{error.Target}] {Messages.Describe(error, Language.Japanese)}");
        }
    }

    public void PrintWarnings<T>(Result<T> result)
    {
        foreach (var warning in result.Warnings)
        {
            Say($"! {warning.Code} {Messages.Describe(warning, Language.Japanese)}");
        }
    }

    /// <summary>The audit trail of an organization, oldest first: the last few entries.</summary>
    public async Task PrintAuditTrailAsync(OrganizationId organization, int count)
    {
        var newest = await Get<IAuditLog>().ListAsync(new AuditQuery { OrganizationId = organization, Order = AuditOrder.NewestFirst, Limit = count }, default);
        foreach (var entry in newest.Entries.Reverse())
        {
            Say($"{entry.At:yyyy-MM-dd HH:mm} {entry.Action,-24} {entry.Outcome,-9} {entry.Code}");
        }
    }

    /// <summary>
    /// The key that encrypts one-time password secrets. A database outlives the run, so its key
    /// must too: the sample keeps it in a file beside the database. A real host keeps it in a
    /// secret store, never beside the data it protects.
    /// </summary>
    private static byte[] SecretProtectionKey(SampleStorage storage)
    {
        var key = new byte[32];
        if (storage.Database == SampleDatabase.InMemory)
        {
            CryptographicSecretGenerator.Instance.Fill(key);
            return key;
        }

        var file = Path.Combine(storage.DataFolder, "secret-protection.key");
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file));
        }

        CryptographicSecretGenerator.Instance.Fill(key);
        Directory.CreateDirectory(storage.DataFolder);
        File.WriteAllText(file, Convert.ToBase64String(key));
        return key;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
