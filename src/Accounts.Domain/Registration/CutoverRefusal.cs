using Accounts.Results;

namespace Accounts.Registration;

/// <summary>What the cutover does not issue, and why: a whole company, or one entry of it.</summary>
/// <param name="LegacyAccountId">The company's legacy account.</param>
/// <param name="Entry">The person's position in the pre-registration (from 0); <see langword="null"/> when the whole company is refused.</param>
/// <param name="Email">The address as entered; <see langword="null"/> when the whole company is refused.</param>
/// <param name="Error">The reason, with its stable code and the field.</param>
public sealed record CutoverRefusal(LegacyAccountId LegacyAccountId, int? Entry, string? Email, Error Error);
