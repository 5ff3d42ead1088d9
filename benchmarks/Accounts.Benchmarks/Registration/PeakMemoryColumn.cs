using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Accounts.Benchmarks.Registration;

/// <summary>The table column showing what <see cref="PeakMemory"/> recorded for a case, in MB.</summary>
internal sealed class PeakMemoryColumn : IColumn
{
    public string Id => nameof(PeakMemoryColumn);

    public string ColumnName => "Peak memory";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Peak resident memory of the process during the operation (VmHWM), with the seeded store in it";

    public static string KeyOf(string type, string method, int people) => $"{type}.{method}.{people}";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var people = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "People")?.Value;
        if (people is not int count)
        {
            return "-";
        }

        var key = KeyOf(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Descriptor.WorkloadMethod.Name, count);
        return PeakMemory.Read(key) is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MB" : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
