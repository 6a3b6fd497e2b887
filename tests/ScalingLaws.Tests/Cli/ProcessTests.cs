namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The built <c>scaling</c> binary as a child process, for what the in-process runs cannot show: the process's exit
/// codes, its real console (redirected: plain text at $COLUMNS), --version and a file written from the repository root.
/// Each also checks that the in-process run prints exactly what the process does. Ctrl-C is in <see cref="InterruptTests"/>.
/// </summary>
public sealed class ProcessTests
{
    [Fact]
    public void Version_names_the_tool_its_commit_and_the_runtime()
    {
        var output = ScalingProcess.RunProcess("--version").AssertSuccess().Stdout;
        Assert.Matches(@"^scaling \d+\.\d+\.\d+( \(commit [0-9a-f]{7}\))? on \.NET \d+\.\d+\.\d+\s*$", output);
        Assert.Equal(output, ScalingProcess.Run("--version").Stdout);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--drop-highest-loss")] // the table, 200 columns wide, plain
    public void A_fit_prints_what_it_prints_in_process(string option)
    {
        string[] args = option == "--json"
            ? ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--json"]
            : ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5"];
        var process = ScalingProcess.RunProcess(args).AssertSuccess();
        Assert.Contains("0.3473", process.Stdout); // alpha, as in the worked example of docs/fitting.md
        Assert.Equal(process.Stdout, ScalingProcess.Run(args).AssertSuccess().Stdout);
    }

    [Fact]
    public void A_figure_is_written()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.FullName, "isoloss.png");
        var output = ScalingProcess.RunProcess("plot", "isoloss", "--law-spec", "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28", "--out", path)
            .AssertSuccess().Stdout;
        Assert.StartsWith($"wrote {path} (PNG, 800×600, ", output);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(path)[..4]);
    }

    [Theory]
    [InlineData(2, new[] { "fit", "no-such-runs.csv" })] // an input error
    [InlineData(2, new[] { "fit", "--bootstrap", "x" })] // a parse error
    [InlineData(2, new[] { "no-such-command" })]
    public void Exit_codes_and_one_error_line(int code, string[] args)
    {
        var process = ScalingProcess.RunProcess(args);
        Assert.Equal(code, process.ExitCode);
        var line = process.AssertInputError();
        Assert.Equal(line, ScalingProcess.Run(args).AssertInputError());
    }
}
