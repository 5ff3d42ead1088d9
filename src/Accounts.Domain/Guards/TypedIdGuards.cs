using System.Runtime.CompilerServices;
using Accounts.Identifiers;

#pragma warning disable IDE0130 // Guard extensions live in Ardalis.GuardClauses's namespace, as that library asks, so Guard.Against finds them.
namespace Ardalis.GuardClauses;
#pragma warning restore IDE0130

/// <summary>The library's own guards on <c>Guard.Against</c>: an identifier left at its default is a programming error, not a user's.</summary>
internal static class TypedIdGuards
{
    /// <summary>Throws <see cref="ArgumentException"/> when the identifier is the empty default; returns it otherwise.</summary>
    public static TId EmptyId<TId>(this IGuardClause guardClause, TId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
        where TId : struct, ITypedId<TId> => TypedId.ThrowIfEmpty(id, parameterName);
}
