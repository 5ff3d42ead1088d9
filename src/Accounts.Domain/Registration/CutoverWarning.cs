using Accounts.Results;

namespace Accounts.Registration;

/// <summary>An entry the cutover issues but a person should look at: a free-mail or shared address.</summary>
/// <param name="LegacyAccountId">The company's legacy account.</param>
/// <param name="Entry">The person's position in the pre-registration (from 0).</param>
/// <param name="Email">The address.</param>
/// <param name="Warning">The advice, with its stable code.</param>
public sealed record CutoverWarning(LegacyAccountId LegacyAccountId, int Entry, string Email, Warning Warning);
