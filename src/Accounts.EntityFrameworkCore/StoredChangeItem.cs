namespace Accounts.EntityFrameworkCore;

/// <summary>One line of a stored change request.</summary>
/// <param name="Kind">The item kind's name.</param>
/// <param name="Direction">Add or remove.</param>
/// <param name="Name">The user code or terminal name.</param>
internal sealed record StoredChangeItem(string Kind, string Direction, string Name);
