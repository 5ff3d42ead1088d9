using System.Diagnostics.CodeAnalysis;
using Accounts.Identifiers;

namespace Accounts.Members;

/// <summary>Identifies a personal account.</summary>
/// <param name="Value">The raw value; never <see cref="Guid.Empty"/> for an identifier in use.</param>
public readonly record struct AccountId(Guid Value) : ITypedId<AccountId>
{
    /// <inheritdoc />
    public static string Prefix => "acc";

    /// <inheritdoc />
    public static AccountId FromGuid(Guid value) => new(TypedId.RequireNonEmpty(value, nameof(value)));

    /// <inheritdoc />
    public static AccountId Parse(string s, IFormatProvider? provider) => TypedId.Parse<AccountId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AccountId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>acc_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
