using System.Diagnostics.CodeAnalysis;
using Accounts.Identifiers;

namespace Accounts.Organizations;

/// <summary>Identifies an organization: a head office or one of its units.</summary>
/// <param name="Value">The raw value; never <see cref="Guid.Empty"/> for an identifier in use.</param>
public readonly record struct OrganizationId(Guid Value) : ITypedId<OrganizationId>
{
    /// <inheritdoc />
    public static string Prefix => "org";

    /// <inheritdoc />
    public static OrganizationId FromGuid(Guid value) => new(TypedId.RequireNonEmpty(value, nameof(value)));

    /// <inheritdoc />
    public static OrganizationId Parse(string s, IFormatProvider? provider) => TypedId.Parse<OrganizationId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganizationId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>org_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
