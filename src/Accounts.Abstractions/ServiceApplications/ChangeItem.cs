namespace Accounts.ServiceApplications;

/// <summary>One line of a change application: a user code or logical terminal to add or remove.</summary>
/// <param name="Kind">User code or logical terminal.</param>
/// <param name="Direction">Add or remove.</param>
/// <param name="Name">The user code or terminal name, for example <c>ABC01</c>.</param>
public sealed record ChangeItem(ChangeItemKind Kind, ChangeDirection Direction, string Name);
