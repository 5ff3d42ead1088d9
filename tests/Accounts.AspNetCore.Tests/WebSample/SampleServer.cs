using AccountsWebSample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.AspNetCore.Tests.WebSample;

/// <summary>The web sample on Kestrel at 127.0.0.1 on a free port, over a SQLite file of its own.</summary>
public sealed class SampleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private SampleServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The demo administrator's initial password, drawn at start.</summary>
    public string InitialPassword => _app.Services.GetRequiredService<DemoSeed>().InitialPassword!;

    public IServiceProvider Services => _app.Services;

    public static async Task<SampleServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("accounts-websample-").FullName;
        var app = await WebSampleApp.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Testing",
            "--contentRoot", folder,
            $"--ConnectionStrings:Accounts=Data Source={Path.Combine(folder, "accounts.db")}",
            "--Accounts:Preset=ClassNk",
            "--OutboxDispatcher:Period=00:00:00.200",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SampleServer(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
