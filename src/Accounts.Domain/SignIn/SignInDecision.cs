using Accounts.Members;
using NodaTime;

namespace Accounts.SignIn;

/// <summary>What the sign-in rules decided, and the credential state to save.</summary>
/// <param name="Outcome">How the step ended.</param>
/// <param name="Credential">The credential to save (failed attempts, lockout, last sign-in, replay guard); <see langword="null"/> when nothing changes.</param>
/// <param name="LockedOutUntil">Until when sign-in is refused, for <see cref="SignInOutcome.LockedOut"/>.</param>
/// <param name="PasswordChangeReason">Why, for <see cref="SignInOutcome.PasswordChangeRequired"/>.</param>
internal sealed record SignInDecision(
    SignInOutcome Outcome,
    CredentialSnapshot? Credential = null,
    Instant? LockedOutUntil = null,
    PasswordChangeReason? PasswordChangeReason = null);
