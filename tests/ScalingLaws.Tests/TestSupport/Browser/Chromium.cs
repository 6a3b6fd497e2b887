using System.Diagnostics;

namespace ScalingLaws.Tests.Browser;

/// <summary>
/// Debian's chromium, found on PATH (.ci/run installs it with apt-get). Started headless with the
/// DevTools port chosen by the browser (written to DevToolsActivePort in its profile folder), so
/// tests running side by side never collide on a port.
/// </summary>
internal sealed class Chromium : IDisposable
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    private readonly Process _process;
    private readonly string _profile;

    private Chromium(Process process, string profile, int port)
    {
        _process = process;
        _profile = profile;
        Port = port;
    }

    /// <summary>The browser's executable, or null when none is installed.</summary>
    public static string? Executable { get; } = Find();

    public int Port { get; }

    public static Chromium Start()
    {
        var executable = Executable ?? throw new InvalidOperationException("chromium is not installed.");
        var profile = Directory.CreateTempSubdirectory("scaling-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "about:blank",
        })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}.");
        // Drain its chatter so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new Chromium(process, profile, WaitForPort(process, profile));
        return browser;
    }

    private static int WaitForPort(Process process, string profile)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"chromium exited with code {process.ExitCode} before opening its DevTools port.");
            if (File.Exists(file) && File.ReadAllLines(file) is [var port, ..] && int.TryParse(port, out var number) && number > 0)
                return number;
            Thread.Sleep(50);
        }
        throw new TimeoutException("chromium did not open its DevTools port within 60 s.");
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash dump or lock file the browser still holds; the temp folder is cleaned eventually.
        }
    }
}
