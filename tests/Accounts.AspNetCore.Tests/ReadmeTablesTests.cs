using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text;
using Accounts.Configuration;
using Accounts.Diagnostics;
using Accounts.Domain.Tests;
using Accounts.Hosting;
using Microsoft.Extensions.Logging;

namespace Accounts.AspNetCore.Tests;

/// <summary>The README's tables of configuration keys, log events and metrics are rendered from the code, so they cannot drift.</summary>
public sealed class ReadmeTablesTests
{
    [Fact]
    public void TheConfigurationKeys_AreListed()
    {
        var table = new StringBuilder("| key (below `Accounts:`) | value | sets |\n|---|---|---|\n");
        foreach (var key in AccountsConfiguration.Keys)
        {
            table.Append("| `").Append(key.Path).Append("` | ").Append(key.Format).Append(" | ").Append(key.Description).Append(" |\n");
        }

        GoldenDocs.AssertSection("README.md", "configuration-keys", table.ToString());
    }

    [Fact]
    public void TheLogEvents_AreListed_EachWithAnIdOfItsOwn()
    {
        var events = new[] { typeof(AccountsLog), typeof(OutboxDispatcherService) }
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(method => method.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .OrderBy(e => e.EventId)
            .ToList();
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());

        var table = new StringBuilder("| event ID | name | level | message |\n|---|---|---|---|\n");
        foreach (var e in events)
        {
            table.Append("| ").Append(e.EventId).Append(" | `").Append(e.EventName).Append("` | ").Append(e.Level).Append(" | ").Append(e.Message).Append(" |\n");
        }

        GoldenDocs.AssertSection("README.md", "log-events", table.ToString());
    }

    [Fact]
    public void TheMetrics_AreListed()
    {
        using var telemetry = new AccountsTelemetry();
        var table = new StringBuilder("| instrument | kind | unit | what it counts |\n|---|---|---|---|\n");
        foreach (var instrument in typeof(AccountsTelemetry).GetProperties().Select(p => p.GetValue(telemetry)).OfType<Instrument>())
        {
            var kind = instrument.GetType().Name.Split('`')[0].ToLowerInvariant();
            table.Append("| `").Append(instrument.Name).Append("` | ").Append(kind).Append(" | `").Append(instrument.Unit).Append("` | ").Append(instrument.Description).Append(" |\n");
        }

        GoldenDocs.AssertSection("README.md", "metrics", table.ToString());
    }
}
