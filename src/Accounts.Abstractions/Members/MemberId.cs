using System.Diagnostics.CodeAnalysis;
using Accounts.Identifiers;

namespace Accounts.Members;

/// <summary>Identifies a personal account.</summary>
/// <param name="Value">The raw value; never <see cref="Guid.Empty"/> for an identifier in use.</param>
public readonly record struct MemberId(Guid Value) : ITypedId<MemberId>
{
    /// <inheritdoc />
    public static string Prefix => "mem";

    /// <inheritdoc />
    public static MemberId FromGuid(Guid value) => new(TypedId.RequireNonEmpty(value, nameof(value)));

    /// <inheritdoc />
    public static MemberId Parse(string s, IFormatProvider? provider) => TypedId.Parse<MemberId>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberId result) =>
        TypedId.TryParse(s, out result);

    /// <summary>Renders the identifier as <c>mem_</c> followed by 32 hex digits.</summary>
    public override string ToString() => TypedId.Format(this);
}
