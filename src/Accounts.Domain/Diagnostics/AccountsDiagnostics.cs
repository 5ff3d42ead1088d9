namespace Accounts.Diagnostics;

/// <summary>
/// The names under which the library reports what it does, for a host's telemetry: add
/// <see cref="MeterName"/> and <see cref="ActivitySourceName"/> to OpenTelemetry
/// (<c>.AddMeter("Accounts")</c>, <c>.AddSource("Accounts")</c>). Log categories start with
/// <c>Accounts.</c>; the event IDs are listed in the README.
/// </summary>
public static class AccountsDiagnostics
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Accounts</c>.</summary>
    public const string MeterName = "Accounts";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>Accounts</c>.</summary>
    public const string ActivitySourceName = "Accounts";
}
