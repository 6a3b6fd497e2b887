using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Root_help_lists_the_commands(string flag)
    {
        var output = ScalingProcess.Run(flag).AssertSuccess().Stdout;

        Assert.Contains("scaling: fit scaling laws", output);
        Assert.Matches(new Regex(@"^\s+fit <FILE>\s", RegexOptions.Multiline), output);
        Assert.Matches(new Regex(@"^\s+predict\s", RegexOptions.Multiline), output);
        Assert.Contains("--version", output);
    }

    /// <summary>A value the parser cannot read is one line in words (not .NET type names) that points to the right help.</summary>
    [Theory]
    [InlineData(new[] { "curve", "temporal", "x.csv", "--fit-fraction", "abc" }, "--fit-fraction abc: 'abc' is not a quantity; write e.g. 0.3527, 3e21 or 70B; see 'scaling curve temporal --help'")]
    [InlineData(new[] { "study", "run", "--params", "1K", "--tokens", "1M", "--threads", "x", "--out", "s" }, "--threads x: 'x' is not a whole number this option takes; give a whole number in digits; see 'scaling study run --help'")]
    [InlineData(new[] { "fit", "runs.csv", "--format", "wandb", "--at-step", "1,000" }, "--at-step 1,000: '1,000' is not a whole number this option takes; write it in digits, 1000; see 'scaling fit --help'")]
    public void Unparseable_values_say_what_was_expected_and_where_help_is(string[] args, string expected)
    {
        ScalingProcess.Run(args).AssertInputError(expected);
    }

    [Fact]
    public void Every_command_has_a_one_line_purpose_and_an_example()
    {
        var commands = Leaves(ScalingLaws.Cli.Program.BuildRoot(ScalingLaws.Cli.CliConsole.Redirected(TextWriter.Null, TextWriter.Null, 80))).ToArray();

        Assert.True(commands.Length >= 15, $"{commands.Length} commands");
        Assert.All(commands, command =>
        {
            var description = command.Description ?? "";
            Assert.False(string.IsNullOrWhiteSpace(description.Split('\n')[0]), $"'{command.Name}' has no purpose line");
            Assert.Contains("Example:\n  scaling ", description);
        });
    }

    // The commands a user runs: those without subcommands of their own.
    private static IEnumerable<System.CommandLine.Command> Leaves(System.CommandLine.Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);

    [Fact]
    public void Fit_help_has_an_example_and_every_option()
    {
        var output = ScalingProcess.Run("fit", "--help").AssertHelp("scaling fit runs.csv", "--map", "--drop-highest-loss", "--min-tokens", "--law",
            "--x", "--objective", "--delta", "--fix", "--tie", "--max-iterations", "--bootstrap", "--seed", "--json", "--out");

        Assert.Contains("chinchilla, kaplan, power, pure-power", output);
    }

    [Fact]
    public void Predict_help_has_an_example_and_every_option() =>
        ScalingProcess.Run("predict", "--help").AssertHelp("scaling predict --law-file fit.json", "--law-file", "--law", "--params", "--tokens", "--flops", "--json");
}
