using Accounts.DependencyInjection;
using Accounts.InMemory;
using Accounts.Messages;
using Accounts.Notifications;
using Accounts.Results;
using Accounts.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Accounts.Sample;

/// <summary>One portal host: the library on the in-memory adapter, a clock the journey can move, and helpers to print what happens.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public SampleHost(Instant start, Action<AccountsOptions> configure)
    {
        Clock = new FakeClock(start);
        var key = new byte[32];
        CryptographicSecretGenerator.Instance.Fill(key);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        services.AddAccounts(options =>
            {
                options.PortalName = "Sample Portal";
                options.UseSecretProtectionKey(key);
                configure(options);
            })
            .AddInMemoryStores();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // A generic host runs this at start; a bare service provider asks for it.
        _provider.GetRequiredService<IStartupValidator>().Validate();
        _scope = _provider.CreateAsyncScope();
    }

    public FakeClock Clock { get; }

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

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
