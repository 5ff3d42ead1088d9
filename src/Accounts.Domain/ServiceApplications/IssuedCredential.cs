using NodaTime;

namespace Accounts.ServiceApplications;

/// <summary>
/// What an operator issues for one logical terminal (ID通知内容): the terminal name, its access key
/// and the authentication codes that obtain the digital certificate. Secret: stored encrypted,
/// shown only in its window, never written to logs, audit or <see cref="ToString"/>.
/// </summary>
/// <param name="LogicalTerminalName">The logical terminal name (論理端末名).</param>
/// <param name="TerminalAccessKey">The terminal access key (端末アクセスキー).</param>
/// <param name="AuthenticationCode1">Authentication code 1 (認証コード1).</param>
/// <param name="AuthenticationCode2">Authentication code 2 (認証コード2).</param>
/// <param name="AuthenticationCode3">Authentication code 3 (認証コード3).</param>
/// <param name="IssuedOn">The issue date (発行日).</param>
public sealed record IssuedCredential(string LogicalTerminalName, string TerminalAccessKey, string AuthenticationCode1, string AuthenticationCode2, string AuthenticationCode3, LocalDate IssuedOn)
{
    /// <summary>The terminal name and issue date only; the key and codes are never printed.</summary>
    public override string ToString() => $"IssuedCredential {{ LogicalTerminalName = {LogicalTerminalName}, IssuedOn = {IssuedOn:uuuu'-'MM'-'dd}, TerminalAccessKey = ***, AuthenticationCodes = *** }}";
}
