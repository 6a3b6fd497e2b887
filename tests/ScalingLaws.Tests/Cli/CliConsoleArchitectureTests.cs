using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// Commands and views write to the <see cref="ScalingLaws.Cli.CliConsole"/> they are given, never to the process's
/// console, so that the tests can run them in process and in parallel; only SystemConsole.cs, the program's own
/// console, reads System.Console and the environment.
/// </summary>
public class CliConsoleArchitectureTests
{
    private static readonly string CliFolder = Path.Combine(TestData.RepositoryRoot, "src", "ScalingLaws.Cli");

    // System.Console, Spectre's static console (AnsiConsole.Create builds one on a given writer: allowed), the environment.
    private static readonly Regex ProcessConsole = new(@"\bConsole\.|\bAnsiConsole\.(?!Create\b)|\bEnvironment\.(GetEnvironmentVariable|Exit|CurrentDirectory)|Directory\.SetCurrentDirectory");

    [Fact]
    public void Only_the_system_console_touches_the_process_console()
    {
        var offenders = SourceLines.Of(CliFolder)
            .Where(l => !l.Where.StartsWith("SystemConsole.cs:", StringComparison.Ordinal) && ProcessConsole.IsMatch(l.Code))
            .Select(l => $"{l.Where}: {l.Code}").ToList();
        Assert.True(offenders.Count == 0, "use the CliConsole the command was given (see CliConsole.cs): " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_scan_sees_the_cli_sources()
    {
        // Guards the test above against passing because it reads nothing.
        var lines = SourceLines.Of(CliFolder).ToList();
        Assert.True(lines.Count > 3_000, $"only {lines.Count} code lines found under {CliFolder}");
        Assert.Contains(lines, l => l.Code.Contains("console.Out.WriteLine"));
        Assert.Contains(lines, l => l.Where.StartsWith("SystemConsole.cs:", StringComparison.Ordinal) && ProcessConsole.IsMatch(l.Code));
    }

    [Theory]
    [InlineData("Console.Out.WriteLine(text);")]
    [InlineData("var console = AnsiConsole.Console;")]
    [InlineData("AnsiConsole.MarkupLine(text);")]
    [InlineData("Console.CancelKeyPress += onCancel;")]
    [InlineData("var columns = Environment.GetEnvironmentVariable(\"COLUMNS\");")]
    public void The_old_style_is_caught(string code) => Assert.Matches(ProcessConsole, code);

    [Theory]
    [InlineData("console.Out.WriteLine(text);")]
    [InlineData("var ansi = AnsiConsole.Create(settings);")]
    [InlineData("return CliConsole.Redirected(output, error, width);")]
    public void The_injected_console_is_not(string code) => Assert.DoesNotMatch(ProcessConsole, code);
}
