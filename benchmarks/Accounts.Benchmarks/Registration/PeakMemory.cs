using System.Globalization;

namespace Accounts.Benchmarks.Registration;

/// <summary>
/// The peak resident memory of the benchmark process while it runs one operation. Linux keeps
/// the high-water mark in <c>/proc/self/status</c> (VmHWM) and resets it when 5 is written to
/// <c>/proc/self/clear_refs</c>: reset after the seed is in place, read when the iteration ends.
/// BenchmarkDotNet runs each case in a process of its own and reports only allocations, so the
/// reading is written to a file that <see cref="PeakMemoryColumn"/> shows in the table.
/// </summary>
internal static class PeakMemory
{
    public static bool IsAvailable => File.Exists("/proc/self/clear_refs");

    public static void Reset()
    {
        if (IsAvailable)
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    /// <summary>Records the high-water mark since <see cref="Reset"/> for the case; keeps the largest over the iterations.</summary>
    public static void Record(string benchmarkCase)
    {
        var peak = HighWaterMarkBytes();
        if (peak is null)
        {
            return;
        }

        var path = FileOf(benchmarkCase);
        var earlier = Read(benchmarkCase) ?? 0;
        File.WriteAllText(path, Math.Max(earlier, peak.Value).ToString(CultureInfo.InvariantCulture));
    }

    public static long? Read(string benchmarkCase)
    {
        var path = FileOf(benchmarkCase);
        return File.Exists(path) && long.TryParse(File.ReadAllText(path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
    }

    public static void Forget(string benchmarkCase) => File.Delete(FileOf(benchmarkCase));

    private static string FileOf(string benchmarkCase) =>
        Path.Combine(Path.GetTempPath(), "accounts-benchmark-peak-" + string.Concat(benchmarkCase.Where(char.IsLetterOrDigit)) + ".txt");

    private static long? HighWaterMarkBytes()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
