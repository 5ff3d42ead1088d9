namespace Accounts.Storage;

/// <summary>One page of a listing.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page, in the listing's order.</param>
/// <param name="Total">How many items the whole listing has.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
