using Accounts.Members;

namespace Accounts.SignIn;

/// <summary>The password was right; the organization requires one-time passwords and the person has not enrolled yet.</summary>
/// <param name="MemberId">Who.</param>
public sealed record MustEnrollOneTimePassword(MemberId MemberId);
