using Accounts.Secrets;
using Accounts.Security;
using Ardalis.GuardClauses;

namespace Accounts.Organizations;

/// <summary>
/// The default <see cref="IOrganizationCodeGenerator"/>: 8 random characters from an alphabet
/// without look-alikes (no I, L, O, U) for a head office; the head office's code, a hyphen and
/// 4 random characters for a unit, so a unit's code shows where it belongs. Uniqueness is
/// enforced by the store; a taken code is simply drawn again.
/// </summary>
public sealed class RandomOrganizationCodeGenerator : IOrganizationCodeGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly ISecretGenerator _secrets;

    /// <summary>Creates a generator.</summary>
    /// <param name="secrets">The cryptographic generator.</param>
    public RandomOrganizationCodeGenerator(ISecretGenerator secrets)
    {
        _secrets = Guard.Against.Null(secrets);
    }

    /// <inheritdoc />
    public ValueTask<OrganizationCode> NextAsync(OrganizationKind kind, OrganizationCode? headOffice, CancellationToken cancellationToken)
    {
        var code = headOffice is { } parent && kind != OrganizationKind.HeadOffice
            ? $"{parent.Value}-{Draw(4)}"
            : Draw(8);
        return ValueTask.FromResult(OrganizationCode.From(code));
    }

    private string Draw(int length) => string.Create(length, _secrets, static (span, secrets) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[SecretRandom.NextInt(secrets, Alphabet.Length)];
        }
    });
}
