using Accounts.Secrets;

namespace Accounts.SignIn;

/// <summary>What a person needs to set up an authenticator app: the secret and the URI to show as a QR code. Shown once.</summary>
/// <param name="Secret">The shared secret in Base32, for typing in by hand.</param>
/// <param name="Uri">The <c>otpauth://</c> URI, for the QR code.</param>
public sealed record OneTimePasswordEnrollment(RevealedSecret Secret, RevealedSecret Uri);
