using Accounts.Members;

namespace Accounts.SignIn;

/// <summary>The person is signed in.</summary>
/// <param name="MemberId">Who.</param>
public sealed record SignedIn(MemberId MemberId);
