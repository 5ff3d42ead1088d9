using Accounts.Domain.Tests;

namespace Accounts.AspNetCore.Tests.WebSample;

/// <summary>The web sample in headless Chromium: what a person does, with the browser's cookies, forms and redirects.</summary>
public sealed class WebSampleBrowserTests
{
    /// <summary>Where the screenshot is kept: <c>artifacts/test-results</c> in the repository, which CI keeps.</summary>
    public static string ScreenshotPath => Path.Combine(GoldenDocs.RepositoryRoot(), "artifacts", "test-results", "websample-members-after-invite.png");

    [BrowserFact]
    [Trait("Req", "R-PWD-4")]
    public async Task APerson_SignsIn_IsMadeToChangeTheInitialPassword_ThenInvitesAColleague()
    {
        await using var server = await SampleServer.StartAsync();
        await using var browser = await HeadlessChromium.StartAsync();

        await browser.GoToAsync(new Uri(server.Address, "/members"));
        Assert.Equal("/sign-in", (await browser.EvaluateAsync("location.pathname"))?.GetValue<string>());

        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = "admin@demo.example.jp", ["password"] = server.InitialPassword }, "submit", "/change-password");
        await browser.GoToAsync(new Uri(server.Address, "/invite"));
        Assert.Equal("/change-password", (await browser.EvaluateAsync("location.pathname"))?.GetValue<string>());

        await browser.SubmitAsync(new Dictionary<string, string> { ["currentPassword"] = server.InitialPassword, ["newPassword"] = "Browser#Pass2026" }, "submit", "/members");
        await browser.GoToAsync(new Uri(server.Address, "/invite"));
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = "hanako@demo.example.jp", ["displayName"] = "花子", ["type"] = "ExternalInvited" }, "submit", "/members");

        var members = await browser.TextAsync();
        Assert.Contains("hanako@demo.example.jp", members, StringComparison.Ordinal);
        Assert.Contains("ExternalInvited", members, StringComparison.Ordinal);
        await browser.ScreenshotAsync(ScreenshotPath);
        Assert.True(new FileInfo(ScreenshotPath).Length > 1_000);
    }
}
