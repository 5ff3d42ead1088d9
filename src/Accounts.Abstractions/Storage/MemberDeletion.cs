using Accounts.Members;

namespace Accounts.Storage;

/// <summary>Removes an account, provided it is still at the version that was read.</summary>
/// <param name="Id">The account.</param>
/// <param name="ExpectedVersion">The version the caller read.</param>
public readonly record struct MemberDeletion(MemberId Id, long ExpectedVersion);
