using Accounts.Storage;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>A write handed to the change tracker, with what a failed save needs to tell which value or identifier was refused.</summary>
/// <param name="Mapping">The mapping of its kind of aggregate.</param>
/// <param name="Kind">Insert, update, delete or check.</param>
/// <param name="Id">The aggregate's identifier.</param>
/// <param name="KeyValues">The values of its unique keys after an insert or update; empty otherwise.</param>
internal sealed record StagedWrite(AggregateMapping Mapping, WriteKind Kind, Guid Id, IReadOnlyList<KeyValuePair<UniqueKey, string>> KeyValues);
