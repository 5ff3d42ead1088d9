namespace Accounts.Identifiers;

/// <summary>
/// A strongly typed identifier: a <see cref="Guid"/> that knows what it identifies, so an
/// <c>MemberId</c> can never be passed where an <c>OrganizationId</c> is expected and two
/// kinds never compare equal.
/// </summary>
/// <remarks>
/// Identifiers render as <c>{prefix}_{32 hex digits}</c>, for example
/// <c>mem_0f8fad5bd9cb469fa16570867728950e</c>, and parse back from that form.
/// The empty identifier (<c>default</c>) is never valid; APIs reject it as misuse.
/// </remarks>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
public interface ITypedId<TSelf> : IEquatable<TSelf>, IParsable<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    /// <summary>The short lower-case prefix that marks the kind, for example <c>acc</c>.</summary>
    static abstract string Prefix { get; }

    /// <summary>Wraps a raw value.</summary>
    /// <param name="value">The raw value; must not be <see cref="Guid.Empty"/>.</param>
    static abstract TSelf FromGuid(Guid value);

    /// <summary>The raw value.</summary>
    Guid Value { get; }
}
