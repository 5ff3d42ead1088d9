namespace Accounts.Text;

/// <summary>What one text field accepts: the kind of characters, the length and whether it is required.</summary>
/// <param name="Kind">The characters accepted.</param>
/// <param name="MaxLength">The most characters, counted as Unicode scalars after composing voiced marks.</param>
/// <param name="Required">Whether the field must be filled.</param>
/// <param name="FullWidth">For a <see cref="TextKind.FullWidth"/> field, which characters count as full-width; the other kinds ignore it.</param>
public sealed record TextRule(TextKind Kind, int MaxLength, bool Required = true, FullWidthRepertoire FullWidth = FullWidthRepertoire.JisX0208)
{
    /// <summary>For a <see cref="TextKind.FullWidth"/> field, which characters count as full-width; the other kinds ignore it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the named repertoires.</exception>
    public FullWidthRepertoire FullWidth { get; init => field = Named(value); } = Named(FullWidth);

    /// <summary>This rule with the given repertoire when it is a full-width rule; otherwise this rule.</summary>
    /// <param name="repertoire">Which characters count as full-width.</param>
    public TextRule WithFullWidth(FullWidthRepertoire repertoire) => Kind == TextKind.FullWidth ? this with { FullWidth = repertoire } : this;

    private static FullWidthRepertoire Named(FullWidthRepertoire value) =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown full-width repertoire.");
}
