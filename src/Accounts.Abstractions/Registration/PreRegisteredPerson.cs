using Accounts.Members;

namespace Accounts.Registration;

/// <summary>One person on a pre-registration: who gets a personal account at cutover, and of which type.</summary>
/// <param name="Email">The address the account signs in with and the activation mail goes to.</param>
/// <param name="DisplayName">The person's name.</param>
/// <param name="Type">Administrator, general or external invited user.</param>
public sealed record PreRegisteredPerson(string Email, string DisplayName, MemberType Type)
{
    /// <summary>Whether the company says several people read this address (a group or shared address).</summary>
    public bool IsSharedAddress { get; init; }

    /// <summary>The language of the person's mail; the portal's default when <see langword="null"/>.</summary>
    public string? Language { get; init; }
}
