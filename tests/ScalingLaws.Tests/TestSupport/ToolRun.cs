using System.Diagnostics;

namespace ScalingLaws.Tests;

/// <summary>Runs a program (dotnet build, pack, a built example) in a folder and returns its standard output; anything but exit 0 fails the test.</summary>
internal static class ToolRun
{
    public static string Succeeds(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["SCALING_DATA"] = Path.GetFullPath(TestData.SharedData);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} {string.Join(' ', arguments)} did not finish in 5 minutes");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output}");
        return output;
    }
}
