using Accounts.Members;

namespace Accounts.SignIn;

/// <summary>A sign-in decision and the member it leaves behind.</summary>
/// <param name="Decision">What the sign-in rules decided.</param>
/// <param name="Changed">The member with its sign-in state changed; <see langword="null"/> when nothing changes.</param>
internal sealed record SignInStep(SignInDecision Decision, Member? Changed);
