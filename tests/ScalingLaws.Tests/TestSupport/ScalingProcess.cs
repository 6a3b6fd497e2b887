using System.Diagnostics;
using System.Text;
using ScalingLaws.Cli;

namespace ScalingLaws.Tests;

/// <summary>
/// Runs the <c>scaling</c> tool on ARGS and collects its exit code and both streams. <see cref="Run"/> runs the command in
/// this process, through <c>Program.Run</c> with a console over StringWriters that is what NO_COLOR=1 and COLUMNS=200 gave
/// the process (plain text, 200 columns), so that tests run in parallel without a process each; <see cref="RunProcess"/>
/// and <see cref="RunInterrupted"/> start <c>dotnet scaling.dll ARGS</c> from the repository root, for the end-to-end
/// tests of the binary, its exit codes and Ctrl-C (with SCALING_NATIVE=PATH they start that native binary instead: .ci/run
/// publishes it and sets it, and a missing one fails the test). Every run is checked for stack frames, unhandled-exception reports
/// and the internal-error exit code, whatever the exit code.
/// </summary>
internal static class ScalingProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private const int Columns = 200;

    /// <summary>The Chinchilla extraction as the documentation's commands name it: relative to the repository root.</summary>
    public static string Chinchilla { get; } =
        Path.GetRelativePath(TestData.RepositoryRoot, ChinchillaEpoch.Path);

    private static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "scaling.dll");

    /// <summary>The native binary SCALING_NATIVE names (relative to the repository root), or null to run <see cref="Dll"/>.</summary>
    public static string? Native { get; } = Environment.GetEnvironmentVariable("SCALING_NATIVE") is { Length: > 0 } path
        ? Path.GetFullPath(path, TestData.RepositoryRoot)
        : null;

    /// <summary>Runs the command in this process.</summary>
    public static CliResult Run(params string[] args) => RunInProcess(args, new StringWriter(), new CancellationTokenSource());

    /// <summary>
    /// Runs the command in this process and presses Ctrl-C (cancels the console's interrupt token) as soon as it writes
    /// a line to standard error for which <paramref name="stopAfter"/> holds: at a chosen point of the work, not after a time.
    /// </summary>
    public static CliResult RunInterruptedAfter(Func<string, bool> stopAfter, params string[] args)
    {
        var interrupt = new CancellationTokenSource();
        return RunInProcess(args, new LineWatcher(stopAfter, interrupt.Cancel), interrupt);
    }

    /// <summary>Runs <c>dotnet scaling.dll ARGS</c> (or the SCALING_NATIVE binary) as a real child process.</summary>
    public static CliResult RunProcess(params string[] args) => RunChild(interruptAfter: null, args);

    /// <summary>Runs <c>dotnet scaling.dll ARGS</c> (or the SCALING_NATIVE binary) as a child process with <paramref name="input"/> on its standard input (<c>scaling fit - &lt; runs.csv</c>).</summary>
    public static CliResult RunWithInput(byte[] input, params string[] args) => RunChild(interruptAfter: null, args, input: input);

    /// <summary>Runs a child process and, unless it has finished by then, sends SIGINT (Ctrl-C) after <paramref name="after"/>.</summary>
    public static CliResult RunInterrupted(TimeSpan after, params string[] args) => RunChild(after, args);

    /// <summary>
    /// Runs another copy of the program (<paramref name="dll"/>, e.g. one copied outside the repository) as a child process
    /// from <paramref name="workingDirectory"/>, with <paramref name="environment"/> added to its environment.
    /// </summary>
    public static CliResult RunCopy(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunChild(null, args, dll, workingDirectory, environment);

    private static CliResult RunInProcess(string[] args, StringWriter error, CancellationTokenSource interrupt)
    {
        var output = new StringWriter();
        var full = args.Select(InRepository).ToArray();
        var console = CliConsole.Redirected(TextWriter.Synchronized(output), TextWriter.Synchronized(error), Columns, interrupt.Token);
        var run = Task.Run(() => Program.Run(full, console));
        if (Task.WhenAny(run, Task.Delay(Timeout)).GetAwaiter().GetResult() != run)
        {
            interrupt.Cancel(); // a hung command stops where it checks for Ctrl-C, instead of running on beside the other tests
            throw new TimeoutException($"scaling {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }
        var code = run.GetAwaiter().GetResult();
        return Checked(new CliResult(code, AsGiven(output.ToString(), args, full), AsGiven(error.ToString(), args, full)));
    }

    // The process ran in the repository root, and the tests name files relative to it (../shared/data/...); this process's
    // current directory is the test binaries' folder, and changing it would race with the tests running in parallel. So a
    // relative argument naming a file or folder under the root is passed in full, and written back as given in the output,
    // so that messages read as they did from the process. Outputs go to temporary folders, named in full by the tests.
    private static string InRepository(string arg)
    {
        if (arg.Length == 0 || arg.StartsWith('-') || Path.IsPathRooted(arg))
            return arg;
        var full = Path.Combine(TestData.RepositoryRoot, arg);
        return File.Exists(full) || Directory.Exists(full) ? full : arg;
    }

    private static string AsGiven(string text, string[] args, string[] full)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!ReferenceEquals(args[i], full[i]))
                text = text.Replace(full[i], args[i]);
        }
        return text;
    }

    private static CliResult RunChild(TimeSpan? interruptAfter, string[] args, string? dll = null, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, byte[]? input = null)
    {
        var native = dll is null ? Native : null;
        dll ??= Dll;
        if (native is not null)
            Assert.True(File.Exists(native), $"SCALING_NATIVE={native} is missing; publish it with 'dotnet publish src/ScalingLaws.Cli -c Release', or unset SCALING_NATIVE.");
        else
            Assert.True(File.Exists(dll), $"{dll} is missing; the test project should reference ScalingLaws.Cli.");
        var program = native ?? DotnetHost();
        // A run to be interrupted starts through env(1) with SIGINT's default action restored: a test host
        // launched as a background job ignores SIGINT, and the child would inherit that and never see Ctrl-C.
        var start = new ProcessStartInfo(interruptAfter is null ? program : "env")
        {
            WorkingDirectory = workingDirectory ?? TestData.RepositoryRoot,
            UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        if (interruptAfter is not null)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(program);
        }
        if (native is null)
            start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        if (input is not null)
            process.StandardInput.BaseStream.Write(input);
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
        return Checked(new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult()));
    }

    private static CliResult Checked(CliResult result)
    {
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
