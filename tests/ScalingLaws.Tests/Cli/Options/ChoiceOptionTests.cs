using System.CommandLine;
using System.Text.RegularExpressions;
using ScalingLaws.Cli;

namespace ScalingLaws.Tests.Cli.Options;

/// <summary>
/// Every option that takes one name of a short list is a <c>ChoiceOption</c>: the parser reads the name (any case) as its
/// value, --help lists the names, and a wrong name fails before anything is read, in one line with the option, the value,
/// every name and exit code 2.
/// </summary>
public sealed class ChoiceOptionTests
{
    private static readonly RootCommand Root = Program.BuildRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null, 80));

    private const string Runs = "runs.csv";

    /// <summary>
    /// The command line before the option (with what the command requires), the option, a good value in another case and the
    /// name it is read as, a bad value, and the names in the order the error lists them.
    /// </summary>
    private static readonly (string Command, string Option, string Good, string Name, string Bad, string Names)[] Cases =
    [
        ($"fit {Runs}", "--law", "Kaplan", "kaplan", "chinchila", "chinchilla, kaplan, power, pure-power, data-constrained"),
        ($"fit {Runs}", "--x", "FLOPS", "flops", "loss", "params, tokens, flops"),
        ($"fit {Runs}", "--objective", "Least-Squares", "least-squares", "huber", "huber-log, least-squares"),
        ($"fit {Runs}", "--solver", "levenberg-marquardt", "levenberg-marquardt", "lm", "lbfgs, levenberg-marquardt"),
        ($"fit {Runs}", "--backtest-by", "None", "none", "sizes", "params, tokens, flops, run-length, none"),
        ($"backtest {Runs}", "--backtest-by", "run-length", "run-length", "none", "params, tokens, flops, run-length, tokens-per-param"),
        ("predict --params 7B --tokens 1T", "--law", "data-constrained", "data-constrained", "chinchila", "chinchilla, kaplan, data-constrained"),
        ("curve fit curves.csv", "--law", "Tissue", "tissue", "chinchilla", "power, tissue, multipower, temporal"),
        ("curve fit curves.csv", "--procedure", "published", "published", "adam", "minimum, published"),
        ("study run --params 3K --tokens 2K --out study", "--schedule", "WSD", "wsd", "linear", "cosine, constant, wsd"),
        ($"plot fit {Runs} --out fit.png", "--style", "screen", "screen", "print", "paper, screen"),
        ("evaluate --dataset opt", "--objective", "huber-log", "huber-log", "mse", "least-squares, huber-log"),
        ("downstream fit --dataset pythia-tasks --task piqa", "--law", "Sigmoid", "sigmoid", "logistic", "sigmoid, exponential, direct"),
        ("hparams --flops 1e21", "--law", "deepseek", "deepseek", "chinchilla", "step-law, deepseek"),
    ];

    public static TheoryData<string, string, string, string> GoodNames()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in Cases)
            data.Add(c.Command, c.Option, c.Good, c.Name);
        return data;
    }

    public static TheoryData<string, string, string, string> BadNames()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in Cases)
            data.Add(c.Command, c.Option, c.Bad, c.Names);
        return data;
    }

    public static TheoryData<string, string, string> ListedNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in Cases)
            data.Add(c.Command, c.Option, c.Names);
        return data;
    }

    [Theory]
    [MemberData(nameof(GoodNames))]
    public void A_name_in_any_case_is_read_as_its_choice(string command, string option, string good, string name)
    {
        var parse = Root.Parse([.. command.Split(' '), option, good]);

        Assert.Empty(parse.Errors);
        Assert.Equal(name, parse.GetValue<object>(option)?.ToString());
    }

    [Theory]
    [MemberData(nameof(BadNames))]
    public void A_wrong_name_is_one_line_with_every_name_and_exit_code_2(string command, string option, string bad, string names)
    {
        ScalingProcess.Run([.. command.Split(' '), option, bad]).AssertInputError(
            $"error: {option} '{bad}': unknown choice", $"; give one of {names}; see 'scaling {string.Join(' ', Path(command))} --help'.");
    }

    [Theory]
    [MemberData(nameof(ListedNames))]
    public void Help_lists_the_names(string command, string option, string names)
    {
        var help = ScalingProcess.Run([.. Path(command), "--help"]).AssertSuccess().Stdout;

        var listed = Regex.Match(help, $@"^\s+{Regex.Escape(option)} <([^>]+)>", RegexOptions.Multiline);

        Assert.True(listed.Success, $"{option} lists no names in 'scaling {string.Join(' ', Path(command))} --help'");
        Assert.Equal(names.Split(", ").Order(), listed.Groups[1].Value.Split('|').Order());
    }

    // The subcommand's words: those before the first option or file.
    private static IEnumerable<string> Path(string command) => command.Split(' ').TakeWhile(w => !w.StartsWith('-') && !w.Contains('.'));

    [Fact]
    public void A_near_miss_is_named()
    {
        ScalingProcess.Run("fit", Runs, "--law", "chinchila").AssertInputError("--law 'chinchila': unknown choice (did you mean 'chinchilla'?)");
    }

    /// <summary>--law of the commands that use a law keeps its advice for a law by value and for a kind without published constants.</summary>
    [Theory]
    [InlineData("power", "the power law has no published constants")]
    [InlineData("chinchilla:E=1.69", "a law by value is now given with --law-spec")]
    public void A_law_kind_without_constants_gets_its_advice_while_parsing(string kind, string advice)
    {
        ScalingProcess.Run("predict", "--params", "7B", "--tokens", "1T", "--law", kind).AssertInputError(advice, "see 'scaling predict --help'");
    }

    [Fact]
    public void Plan_evidence_names_a_dataset_or_a_file_while_parsing()
    {
        string[] plan = ["plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence"];

        Assert.Empty(Root.Parse([.. plan, "OPT,runs.csv"]).Errors);
        Assert.Empty(Root.Parse([.. plan, "none"]).Errors);
        ScalingProcess.Run([.. plan, "opt,gtp3"]).AssertInputError("--evidence 'gtp3': not a dataset (did you mean 'gpt3'?) nor a table file", "or none");
    }
}
