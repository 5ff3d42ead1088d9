using BenchmarkDotNet.Configs;

namespace Accounts.Benchmarks.Registration;

/// <summary>Adds the peak memory column to a benchmark's table.</summary>
internal sealed class PeakMemoryConfig : ManualConfig
{
    public PeakMemoryConfig() => AddColumn(new PeakMemoryColumn());
}
