using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Accounts.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace Accounts.AspNetCore.Tests.WebSample;

/// <summary>The web sample end to end over HTTP on Kestrel: pages, cookies, antiforgery, problem details and the hosted dispatcher.</summary>
public sealed partial class WebSampleTests : IAsyncLifetime, IDisposable
{
    private const string NewPassword = "Chosen#Pass2026x";
    private SampleServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SampleServer.StartAsync();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _server.Address };
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
    }

    public async Task DisposeAsync()
    {
        Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    [Trait("Req", "R-PWD-4")]
    public async Task SignIn_ForcesTheInitialPasswordChange_ThenMembersAndInvite()
    {
        var signedIn = await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = "admin@demo.example.jp", ["password"] = _server.InitialPassword });
        Assert.Equal(("/change-password", HttpStatusCode.Redirect), (signedIn.Headers.Location?.OriginalString, signedIn.StatusCode));

        var elsewhere = await _client.GetAsync(new Uri("/members", UriKind.Relative));
        Assert.Equal("/change-password", elsewhere.Headers.Location?.OriginalString);
        var api = await _client.GetAsync(new Uri("/api/members", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("signin.password_change_required", (await Problem(api)).GetProperty("code").GetString());

        var weak = await PostFormAsync("/change-password", "/change-password", new() { ["currentPassword"] = _server.InitialPassword, ["newPassword"] = "short" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("at least 8", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await PostFormAsync("/change-password", "/change-password", new() { ["currentPassword"] = _server.InitialPassword, ["newPassword"] = NewPassword });
        Assert.Equal("/members", changed.Headers.Location?.OriginalString);
        var members = await (await _client.GetAsync(new Uri("/members", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("admin@demo.example.jp", members, StringComparison.Ordinal);

        var invited = await PostFormAsync("/invite", "/invite", new() { ["email"] = "taro@demo.example.jp", ["displayName"] = "Taro", ["type"] = "General" });
        Assert.Equal("/members", invited.Headers.Location?.OriginalString);
        Assert.Contains("taro@demo.example.jp", await (await _client.GetAsync(new Uri("/members", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = _server.Services.GetRequiredService<RecordingMailSender>();
        await Eventually.HoldsAsync(() => mail.DeliveredTo("taro@demo.example.jp").Count > 0, "The hosted dispatcher did not send the invitation within 20 seconds.");
    }

    [Fact]
    public async Task TheJsonApi_AnswersFailuresAsProblemDetails_WithEveryFieldError()
    {
        await SignInWithChangedPasswordAsync();

        var invalid = await _client.PostAsJsonAsync(new Uri("/api/invitations", UriKind.Relative), new { email = "not an address", displayName = "" });
        var problem = await Problem(invalid);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("urn:accounts:error:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("target").GetString()).ToList();
        Assert.Contains("email", fields);
        Assert.Contains("displayName", fields);

        var listed = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/members", UriKind.Relative));
        Assert.StartsWith("mem_", listed.GetProperty("members")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswords_AreRefusedWithTheSameAnswer_AndWithoutAnAntiforgeryTokenNothingIsAccepted()
    {
        var wrong = await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = "admin@demo.example.jp", ["password"] = "Wrong#Pass2026x" });
        var unknown = await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = "nobody@demo.example.jp", ["password"] = "Wrong#Pass2026x" });
        var forged = await _client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "admin@demo.example.jp", ["password"] = _server.InitialPassword }));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(ErrorList(await wrong.Content.ReadAsStringAsync()), ErrorList(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task TheHealthCheck_ReportsTheOutbox()
    {
        var health = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    private async Task SignInWithChangedPasswordAsync()
    {
        await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = "admin@demo.example.jp", ["password"] = _server.InitialPassword });
        await PostFormAsync("/change-password", "/change-password", new() { ["currentPassword"] = _server.InitialPassword, ["newPassword"] = NewPassword });
    }

    /// <summary>Gets the form's page for its antiforgery token and cookie, then posts the fields with it.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await (await _client.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery field.");
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string ErrorList(string html) => ErrorsBlock().Match(html).Value;

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<ul class="errors".*?</ul>""")]
    private static partial Regex ErrorsBlock();
}
