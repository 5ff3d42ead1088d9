namespace Accounts.EntityFrameworkCore.Rows;

/// <summary>A table row that stores one aggregate: its identifier and its version.</summary>
internal interface IAggregateRow
{
    Guid Id { get; set; }

    long Version { get; set; }
}
