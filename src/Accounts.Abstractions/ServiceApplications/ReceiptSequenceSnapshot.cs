using Accounts.Identifiers;
using Accounts.Storage;

namespace Accounts.ServiceApplications;

/// <summary>
/// The last receipt number drawn in one series (for NACCS, one per year). Drawing a number saves
/// this row in the same commit as the application, so optimistic concurrency makes the numbers
/// gapless and unique: of two submissions that read the same value, one commits and the other
/// reads again.
/// </summary>
public sealed record ReceiptSequenceSnapshot : IAggregateSnapshot<ReceiptSequenceSnapshot>
{
    /// <summary>The <c>receipt_sequence</c> aggregate.</summary>
    public static AggregateType<ReceiptSequenceSnapshot> Aggregate { get; } = new(
        "receipt_sequence",
        static s => s.Id,
        static (s, version) => s with { Version = version },
        [],
        []);

    /// <summary>The identifier, derived from <see cref="Series"/> by <see cref="IdOf"/>.</summary>
    public required Guid Id { get; init; }

    /// <inheritdoc />
    public long Version { get; init; }

    /// <summary>The series, for example <c>receipt:18</c> for the numbers of 2018.</summary>
    public required string Series { get; init; }

    /// <summary>The last number drawn; 0 before the first.</summary>
    public int Last { get; init; }

    /// <summary>The identifier of a series: the same name always gives the same identifier, on every machine.</summary>
    /// <param name="series">The series.</param>
    public static Guid IdOf(string series) => TypedId.Derive(series);
}
