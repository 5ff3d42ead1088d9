using Accounts.Members;

namespace Accounts.SignIn;

/// <summary>The password was right, and must be changed before anything else (an initial or expired password).</summary>
/// <param name="MemberId">Who.</param>
/// <param name="Reason">Why.</param>
public sealed record MustChangePassword(MemberId MemberId, PasswordChangeReason Reason);
