using Accounts.Members;

namespace Accounts.SignIn;

/// <summary>The associated data a TOTP secret is protected with: its account, so a protected secret copied onto another account does not decrypt there.</summary>
internal static class TotpSecretBinding
{
    private const int PurposeLength = 5;

    /// <summary>"totp:" followed by the account identifier's 16 bytes.</summary>
    /// <param name="memberId">The account the secret belongs to.</param>
    public static byte[] For(MemberId memberId)
    {
        var data = new byte[PurposeLength + 16];
        "totp:"u8.CopyTo(data);
        memberId.Value.TryWriteBytes(data.AsSpan(PurposeLength));
        return data;
    }
}
