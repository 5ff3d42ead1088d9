using Accounts.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// A console host that wires the Accounts library through dependency injection on the
// in-memory adapter and walks through the portal journeys step by step.
var clock = FakeClock.FromJapanLocal(2025, 9, 28, 9, 0);

var services = new ServiceCollection();
services.AddSingleton<IClock>(clock);
services.AddAccounts().AddInMemoryStores();

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

Console.WriteLine("Accounts sample host: the library is wired on the in-memory adapter.");
Console.WriteLine($"Clock: {clock.GetCurrentInstant()} (Japan local {clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).LocalDateTime})");
return 0;
