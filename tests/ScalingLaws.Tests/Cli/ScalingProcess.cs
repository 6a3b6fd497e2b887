using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Cli;

/// <summary>What one run of the <c>scaling</c> tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Standard output parsed as one JSON object.</summary>
    public JsonNode Json => JsonNode.Parse(Stdout) ?? throw new InvalidOperationException("stdout is JSON null");

    /// <summary>Exit 0 and nothing on standard error.</summary>
    public CliResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}; stderr: {Stderr}");
        Assert.Equal("", Stderr);
        return this;
    }

    /// <summary>
    /// The contract for every input problem: exit 2, nothing on standard output and exactly one
    /// line on standard error that starts with "error:" and contains each fragment.
    /// </summary>
    public string AssertInputError(params string[] fragments)
    {
        Assert.True(ExitCode == 2, $"exit code {ExitCode}; stdout: {Stdout}; stderr: {Stderr}");
        Assert.Equal("", Stdout);
        var line = Assert.Single(StderrLines);
        Assert.StartsWith("error: ", line);
        foreach (var fragment in fragments)
            Assert.Contains(fragment, line);
        return line;
    }
}

/// <summary>
/// Runs <c>dotnet scaling.dll ARGS</c> as a real child process from the repository root, with
/// NO_COLOR=1 and COLUMNS=200, and collects its exit code and both streams. Every run is checked
/// for stack frames and unhandled-exception reports on either stream, whatever the exit code.
/// </summary>
internal static class ScalingProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Chinchilla extraction as the README's commands name it: relative to the repository root.</summary>
    public static string Chinchilla { get; } =
        Path.GetRelativePath(TestData.RepositoryRoot, Path.Combine(TestData.SharedData, "chinchilla-epoch", "svg_extracted_data.csv"));

    private static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "scaling.dll");

    public static CliResult Run(params string[] args) => Run(interruptAfter: null, args);

    /// <summary>Runs and, unless it has finished by then, sends SIGINT (Ctrl-C) after <paramref name="after"/>.</summary>
    public static CliResult RunInterrupted(TimeSpan after, params string[] args) => Run(after, args);

    /// <summary>
    /// Runs another copy of the program (<paramref name="dll"/>, e.g. one copied outside the repository) from
    /// <paramref name="workingDirectory"/>, with <paramref name="environment"/> added to the environment.
    /// </summary>
    public static CliResult RunCopy(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(null, args, dll, workingDirectory, environment);

    private static CliResult Run(TimeSpan? interruptAfter, string[] args, string? dll = null, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        dll ??= Dll;
        Assert.True(File.Exists(dll), $"{dll} is missing; the test project should reference ScalingLaws.Cli.");
        // A run to be interrupted starts through env(1) with SIGINT's default action restored: a test host
        // launched as a background job ignores SIGINT, and the child would inherit that and never see Ctrl-C.
        var start = new ProcessStartInfo(interruptAfter is null ? DotnetHost() : "env")
        {
            WorkingDirectory = workingDirectory ?? TestData.RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (interruptAfter is not null)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(DotnetHost());
        }
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (interruptAfter is { } after && !process.WaitForExit(after))
            Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"scaling {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }
        process.WaitForExit(); // flushes the asynchronous readers
        var result = new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());

        foreach (var stream in new[] { result.Stdout, result.Stderr })
        {
            Assert.DoesNotContain("   at ", stream);
            Assert.DoesNotContain("Unhandled exception", stream);
        }
        Assert.NotEqual(70, result.ExitCode); // CommandRunner.InternalError: a bug, whatever the input
        return result;
    }

    // The muxer that runs the tests (dotnet test sets DOTNET_HOST_PATH), else whatever 'dotnet' is on PATH.
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
            return path;
        return "dotnet";
    }
}

/// <summary>Numeric assertions with relative tolerances.</summary>
internal static class Near
{
    public static void Relative(double expected, double actual, double tolerance, string? what = null) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{what ?? "value"}: expected {expected:R} ± {tolerance:P3}, got {actual:R} (off by {Math.Abs(actual / expected - 1):P4})");

    public static double Number(JsonNode? node, string what = "value") =>
        node is null ? throw new Xunit.Sdk.XunitException($"{what} is missing or null") : node.GetValue<double>();
}
