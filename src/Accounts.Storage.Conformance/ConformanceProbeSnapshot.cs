using System.Collections.Immutable;

namespace Accounts.Storage.Conformance;

/// <summary>
/// An aggregate only the kit knows. An adapter that stores every kind (the in-memory one)
/// stores it like any other; an adapter that maps its kinds one by one must refuse it with
/// <see cref="NotSupportedException"/>, never drop it.
/// </summary>
public sealed record ConformanceProbeSnapshot : IAggregateSnapshot<ConformanceProbeSnapshot>
{
    /// <summary>A probe's name is unique.</summary>
    public static UniqueKey<ConformanceProbeSnapshot> NameKey { get; } = new("conformance_probe.name", static p => p.Name);

    /// <summary>Probes are listed by parent, ordered by name.</summary>
    public static GroupIndex<ConformanceProbeSnapshot> ByParent { get; } = new("conformance_probe.parent", static p => p.Parent, static p => p.Name);

    /// <summary>The <c>conformance_probe</c> aggregate.</summary>
    public static AggregateType<ConformanceProbeSnapshot> Aggregate { get; } = new(
        "conformance_probe",
        static p => p.Id,
        static (p, version) => p with { Version = version },
        [NameKey],
        [ByParent]);

    /// <summary>The identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The unique name.</summary>
    public required string Name { get; init; }

    /// <summary>The group.</summary>
    public Guid? Parent { get; init; }

    /// <summary>Some nested values.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <inheritdoc />
    public long Version { get; init; }

    /// <summary>Compares every value, the tags by content.</summary>
    /// <param name="other">The other probe.</param>
    public bool Equals(ConformanceProbeSnapshot? other) =>
        other is not null && Id == other.Id && Name == other.Name && Parent == other.Parent && Tags.SequenceEqual(other.Tags) && Version == other.Version;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Version);
}
