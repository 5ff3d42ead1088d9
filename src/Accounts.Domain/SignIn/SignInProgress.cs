using OneOf;

namespace Accounts.SignIn;

/// <summary>
/// Where a sign-in that did not fail stands: signed in, or one of the steps still owed. Handle
/// every case with <c>Match</c> or <c>Switch</c>; the compiler holds you to all four. Failures
/// (wrong credentials, locked, disabled, an invalid code or challenge) are the errors of the
/// <c>Result</c> that carries it.
/// </summary>
public sealed class SignInProgress : OneOfBase<SignedIn, MustChangePassword, MustEnterOneTimePassword, MustEnrollOneTimePassword>
{
    internal SignInProgress(OneOf<SignedIn, MustChangePassword, MustEnterOneTimePassword, MustEnrollOneTimePassword> step)
        : base(step)
    {
    }
}
