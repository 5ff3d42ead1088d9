namespace Accounts.Text;

/// <summary>What one text field accepts: the kind of characters, the length and whether it is required.</summary>
/// <param name="Kind">The characters accepted.</param>
/// <param name="MaxLength">The most characters, counted as Unicode scalars after composing voiced marks.</param>
/// <param name="Required">Whether the field must be filled.</param>
public sealed record TextRule(TextKind Kind, int MaxLength, bool Required = true);
