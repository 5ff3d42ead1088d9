using Accounts.Secrets;

namespace Accounts.SignIn;

/// <summary>The password was right; the second step waits for a one-time password.</summary>
/// <param name="Challenge">The token to hand back with the code to <c>CompleteWithOneTimePasswordAsync</c>; keep it out of logs.</param>
public sealed record MustEnterOneTimePassword(RevealedSecret Challenge);
