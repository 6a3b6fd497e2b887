using System.CommandLine;
using ScalingLaws.Cli;

namespace ScalingLaws.Tests.Cli.Options;

/// <summary>
/// The options that take a fraction, a loss, a ratio, a chance level or a step are typed as numbers (<c>QuantityOption</c>):
/// the parser reads any quantity form (0.3, 2e3, 2K) and refuses anything else before the command runs, in one line with
/// the option and the value, exit code 2. Ranges stay the command's to check.
/// </summary>
public sealed class QuantityOptionTests
{
    private static readonly RootCommand Root = Program.BuildRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null, 80));

    private static readonly string[] Numbers = ["--fit-fraction", "--target-loss", "--spread", "--target-fraction", "--chance", "--from-step"];

    private const string Plan = "plan --params 7B --tokens 2T --sweep-budget 0.1 --evidence none";

    /// <summary>The command line before the option (with what the command requires), the option, a good value, the number it is read as, and a bad value.</summary>
    public static TheoryData<string, string, string, double, string> Cases => new()
    {
        { "curve fit curves.csv", "--fit-fraction", "0.3", 0.3, "half" },
        { "downstream backtest --dataset pythia-tasks --task all", "--fit-fraction", "0.5", 0.5, "half" },
        { "plan run --law chinchilla", "--target-loss", "2.0", 2.0, "low" },
        { "inference --law chinchilla --inference-tokens 2e12", "--target-loss", "1.95", 1.95, "low" },
        { Plan, "--spread", "1K", 1000, "wide" },
        { Plan, "--target-fraction", "0.2", 0.2, "most" },
        { "evaluate --dataset opt", "--target-fraction", "3e-1", 0.3, "most" },
        { "downstream fit --dataset pythia-tasks --task piqa", "--chance", "0.25", 0.25, "quarter" },
        { "curve positions positions.csv", "--from-step", "2K", 2000, "abc" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_number_is_read_as_one(string command, string option, string good, double value, string bad)
    {
        var parse = Root.Parse([.. command.Split(' '), option, good]);

        Assert.Empty(parse.Errors);
        Assert.Equal(value, Assert.IsType<double>(parse.GetValue<object>(option)), 12);
        ScalingProcess.Run([.. command.Split(' '), option, bad]).AssertInputError($"error: {option} {bad}: '{bad}' is not a quantity; write e.g. 0.3527, 3e21 or 70B");
    }

    /// <summary>Evaluate's fractions and optimal's losses take several numbers, space- or comma-separated, each checked.</summary>
    [Theory]
    [InlineData("evaluate --dataset opt", "--fit-fraction")]
    [InlineData("optimal --law chinchilla", "--target-loss")]
    public void A_list_is_read_as_numbers(string command, string option)
    {
        var parse = Root.Parse([.. command.Split(' '), option, "0.5,1", "2e-1"]);

        Assert.Empty(parse.Errors);
        Assert.Equal([0.5, 1, 0.2], parse.GetValue<double[]>(option)!);
        ScalingProcess.Run([.. command.Split(' '), option, "0.5,x"]).AssertInputError($"error: {option} x: 'x' is not a quantity");
    }

    [Fact]
    public void The_plans_defaults_are_numbers()
    {
        var parse = Root.Parse(Plan.Split(' '));

        Assert.Equal(100, parse.GetValue<double>("--spread"));
        Assert.Equal(0.3, parse.GetValue<double>("--target-fraction"));
    }

    [Fact]
    public void Every_declaration_of_these_options_is_typed_as_a_number()
    {
        var wrong = Declarations(Root, "").Where(d => Numbers.Contains(d.Option.Name))
            .Where(d => d.Option.ValueType != typeof(double) && d.Option.ValueType != typeof(double?) && d.Option.ValueType != typeof(double[]))
            .Select(d => $"{d.Path} {d.Option.Name}: {d.Option.ValueType.Name}");

        Assert.Empty(wrong);
    }

    private static IEnumerable<(string Path, Option Option)> Declarations(Command command, string path) =>
        command.Options.Select(o => (path, o)).Concat(command.Subcommands.SelectMany(c => Declarations(c, (path + " " + c.Name).Trim())));
}
