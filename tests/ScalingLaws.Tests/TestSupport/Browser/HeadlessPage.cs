using System.Net.Http;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Browser;

/// <summary>
/// One page in a headless chromium, at a 1280-pixel-wide viewport: open a file, evaluate JavaScript,
/// and take screenshots; what the page logged, threw, requested and tried to show as a dialog is kept.
/// </summary>
internal sealed class HeadlessPage : IAsyncDisposable
{
    public const int Width = 1280;

    private readonly Chromium _browser;
    private readonly DevToolsSession _session;

    private HeadlessPage(Chromium browser, DevToolsSession session)
    {
        _browser = browser;
        _session = session;
    }

    public static async Task<HeadlessPage> OpenAsync(string file)
    {
        var browser = Chromium.Start();
        try
        {
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{browser.Port}/json/list"))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            var session = await DevToolsSession.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!));
            foreach (var domain in new[] { "Runtime", "Log", "Page", "Network" })
                await session.SendAsync($"{domain}.enable");
            await session.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = Width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            });
            var result = new HeadlessPage(browser, session);
            await session.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri });
            await session.WaitForEventAsync("Page.loadEventFired", TimeSpan.FromSeconds(60));
            return result;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    /// <summary>Console errors and warnings, uncaught exceptions and browser log errors (e.g. a blocked script), as text.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. _session.Events.Select(e => (string?)e["method"] switch
        {
            "Runtime.exceptionThrown" => $"exception: {e["params"]?["exceptionDetails"]?.ToJsonString()}",
            "Runtime.consoleAPICalled" when (string?)e["params"]?["type"] is "error" or "warning" or "assert" =>
                $"console.{e["params"]?["type"]}: {e["params"]?["args"]?.ToJsonString()}",
            "Log.entryAdded" when (string?)e["params"]?["entry"]?["level"] is "error" or "warning" =>
                $"log {e["params"]?["entry"]?["level"]}: {e["params"]?["entry"]?["text"]}",
            _ => null,
        }).OfType<string>()];

    /// <summary>Every URL the page requested.</summary>
    public IReadOnlyList<string> Requests() =>
        [.. _session.Events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!)];

    /// <summary>Messages of the alert, confirm or prompt dialogs the page tried to open.</summary>
    public IReadOnlyList<string> Dialogs() =>
        [.. _session.Events.Where(e => (string?)e["method"] == "Page.javascriptDialogOpening").Select(e => (string?)e["params"]?["message"] ?? "")];

    /// <summary>The value of a JavaScript expression (JSON-serialisable), or throws with the page's exception.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await _session.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true,
        });
        if (result["exceptionDetails"] is { } details)
            throw new InvalidOperationException($"the page threw evaluating {expression}: {details.ToJsonString()}");
        return result["result"]?["value"];
    }

    public async Task<T> EvaluateAsync<T>(string expression) =>
        (await EvaluateAsync(expression) ?? throw new InvalidOperationException($"{expression} gave no value")).GetValue<T>();

    /// <summary>Saves a PNG of the page region (CSS pixels, from the top of the document).</summary>
    public async Task ScreenshotAsync(string path, double x, double y, double width, double height)
    {
        var result = await _session.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = x, ["y"] = y, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)result["data"]!));
    }

    /// <summary>Saves a PNG of one element (e.g. "#planner"), with its margin.</summary>
    public async Task ScreenshotElementAsync(string path, string selector)
    {
        var box = await EvaluateAsync(
            $"(() => {{ const r = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}).getBoundingClientRect(); " +
            "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]; })()")
            ?? throw new InvalidOperationException($"no element {selector}");
        var (left, top, width, height) = (box[0]!.GetValue<double>(), box[1]!.GetValue<double>(), box[2]!.GetValue<double>(), box[3]!.GetValue<double>());
        await ScreenshotAsync(path, Math.Max(0, left - 8), Math.Max(0, top - 8), width + 16, height + 16);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _browser.Dispose();
    }
}
