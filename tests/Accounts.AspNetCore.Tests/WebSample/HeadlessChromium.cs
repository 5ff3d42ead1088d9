using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Accounts.AspNetCore.Tests.WebSample;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: one page, navigation, script evaluation
/// and screenshots. Enough for an end-to-end walk without a browser-automation dependency.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutableVariable = "ACCOUNTS_CHROMIUM";
    public const string RequiredVariable = "ACCOUNTS_REQUIRE_BROWSER";

    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private string _session = string.Empty;
    private int _nextId;

    private HeadlessChromium(Process process, ClientWebSocket socket, string profile)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
    }

    /// <summary>The browser to run: <c>ACCOUNTS_CHROMIUM</c>, or the first of chromium, chromium-browser, google-chrome on the path.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured
            ? configured
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .SelectMany(folder => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => Path.Combine(folder, name)))
                .FirstOrDefault(File.Exists);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static string? SkipReason => Executable is null && !IsRequired
        ? $"No Chromium: install it (Debian: apt-get install chromium) or set {ExecutableVariable}; {RequiredVariable}=1 (set by CI) makes this test required."
        : null;

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = Executable ?? throw new InvalidOperationException($"{RequiredVariable}=1 makes the browser test required, but no Chromium was found; set {ExecutableVariable}.");
        var profile = Directory.CreateTempSubdirectory("accounts-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1024,768", $"--user-data-dir={profile}", "about:blank" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var endpoint = await ReadEndpointAsync(process);
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(endpoint, CancellationToken.None);
        var browser = new HeadlessChromium(process, socket, profile);
        var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true });

        // From here on every command goes to the page's session.
        browser._session = attached["sessionId"]!.GetValue<string>();
        return browser;
    }

    /// <summary>Opens an address and waits until the page it ends on (after redirects) has loaded.</summary>
    public async Task GoToAsync(Uri address)
    {
        await EvaluateAsync(MarkPage);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = address.ToString() });
        await WaitForAsync(NewPageLoaded);
    }

    /// <summary>Evaluates a script in the page and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string script)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = script, ["returnByValue"] = true, ["awaitPromise"] = true });
        return result["exceptionDetails"] is { } failure ? throw new InvalidOperationException("The script failed: " + failure.ToJsonString()) : result["result"]?["value"];
    }

    /// <summary>Fills the fields by id and clicks the button, then waits until the next page has loaded at the path.</summary>
    public async Task SubmitAsync(IReadOnlyDictionary<string, string> fields, string button, string expectedPath)
    {
        var script = new StringBuilder();
        foreach (var (id, value) in fields)
        {
            script.Append("document.getElementById(").Append(JsonSerializer.Serialize(id)).Append(").value = ").Append(JsonSerializer.Serialize(value)).Append(';');
        }

        script.Append(MarkPage).Append("document.getElementById(").Append(JsonSerializer.Serialize(button)).Append(").click(); true");
        await EvaluateAsync(script.ToString());
        await WaitForAsync(NewPageLoaded);
        var path = (await EvaluateAsync("location.pathname"))?.GetValue<string>();
        if (path != expectedPath)
        {
            throw new InvalidOperationException($"Expected to arrive at {expectedPath}, but the browser shows {path}: {await TextAsync()}");
        }
    }

    /// <summary>The visible text of the page.</summary>
    public async Task<string> TextAsync() => (await EvaluateAsync("document.body.innerText"))?.GetValue<string>() ?? string.Empty;

    /// <summary>Writes a PNG screenshot of the page.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync("Browser.close", new JsonObject(), session: false);
        }
        catch (Exception exception) when (exception is WebSocketException or InvalidOperationException or OperationCanceledException)
        {
            // The browser may be gone already; it is killed below either way.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    /// <summary>Marks the current document, so that a wait can tell the next one from it.</summary>
    private const string MarkPage = "window.__accountsPreviousPage = true;";

    private const string NewPageLoaded = "!window.__accountsPreviousPage && document.readyState === 'complete'";

    private async Task WaitForAsync(string condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                if ((await EvaluateAsync($"!!({condition})"))?.GetValue<bool>() == true)
                {
                    return;
                }
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                // The page is being replaced while the script runs; ask again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page did not reach '{condition}' within 20 seconds; it shows: {await TextAsync()}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, bool session = true)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session && _session.Length > 0)
        {
            message["sessionId"] = _session;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, part.Count);
            }
            while (!part.EndOfMessage);

            // Events and answers to other commands arrive on the same socket; only this command's answer matters.
            var answer = JsonNode.Parse(received.ToArray())!.AsObject();
            if (answer["id"]?.GetValue<int>() != id)
            {
                continue;
            }

            return answer["error"] is { } error
                ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                : answer["result"]!.AsObject();
        }
    }

    private static async Task<Uri> ReadEndpointAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (DevToolsEndpoint().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("Chromium exited without opening its DevTools endpoint.");
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsEndpoint();
}
