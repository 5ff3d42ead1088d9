using System.Globalization;
using Accounts.Members;
using BenchmarkDotNet.Attributes;

namespace Accounts.Benchmarks;

/// <summary>
/// Typed identifiers against the raw <see cref="Guid"/> a user would otherwise pass around:
/// the prefix and the type safety should cost next to nothing.
/// </summary>
[MemoryDiagnoser]
public class TypedIdBenchmarks
{
    private readonly Guid _guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e", CultureInfo.InvariantCulture);
    private readonly string _guidText = "0f8fad5bd9cb469fa16570867728950e";
    private readonly string _idText = "mem_0f8fad5bd9cb469fa16570867728950e";

    [Benchmark(Baseline = true)]
    public string GuidToString() => _guid.ToString("N");

    [Benchmark]
    public string AccountIdToString() => MemberId.FromGuid(_guid).ToString();

    [Benchmark]
    public Guid GuidParse() => Guid.ParseExact(_guidText, "N");

    [Benchmark]
    public MemberId AccountIdParse() => MemberId.Parse(_idText, null);
}
