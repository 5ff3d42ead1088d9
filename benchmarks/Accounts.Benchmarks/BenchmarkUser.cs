namespace Accounts.Benchmarks;

/// <summary>The user type ASP.NET Core Identity's peers are measured with.</summary>
public sealed class BenchmarkUser
{
    public string Id { get; } = "user-1";

    public string UserName { get; } = "taro@example.jp";

    public string AuthenticatorKey { get; set; } = string.Empty;
}
