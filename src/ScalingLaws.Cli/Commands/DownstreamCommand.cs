using ScalingLaws.Downstream;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling downstream</c>: benchmark accuracy from loss or compute; one subcommand per file.</summary>
internal static class DownstreamCommand
{
    public static Command Create(CliConsole console) => new Command("downstream",
        "Predict benchmark accuracy: fit accuracy against loss (a sigmoid from the chance level, or Gadre's exponential error law) or against compute,\n" +
        "chain it with a loss law L(N, D), say which tasks the runs cannot predict, and backtest it on larger models.\n\n" +
        "Example:\n  scaling downstream fit --dataset pythia-tasks --task all\n  scaling downstream fit --dataset pythia-tasks --task piqa --where \"params<=1.5B\" --out piqa.json\n" +
        "  scaling downstream predict --law-file piqa.json --law-file-loss fit.json --params 12B --tokens 300B")
    {
        DownstreamFitCommand.Create(console), DownstreamPredictCommand.Create(console), DownstreamBacktestCommand.Create(console)
    };

    /// <summary>--law, the accuracy law's kind, shared by fit and plot (the name every command gives a law kind).</summary>
    public static Option<Choice<AccuracyLaw>> LawKind() => ChoiceOption.Create(
        "--law",
        "The accuracy law: sigmoid (of loss, from the chance level to a fitted ceiling), exponential (Gadre's Err(L) = eps − a·exp(−b·L)) or direct (of compute C = 6ND).",
        AccuracyLaws, "exponential");

    /// <summary>--min-tokens of backtest and plot, which fit a task's smaller models: the guide's early cut, 10B tokens by default.</summary>
    public static Option<string> MinTokens(string description) =>
        new("--min-tokens") { Description = description, DefaultValueFactory = _ => "10B" };

    /// <summary>The tokens <paramref name="option"/> (<see cref="MinTokens(string)"/>) gives.</summary>
    public static double MinTokens(ParseResult parse, Option<string> option) =>
        OptionValues.Number(parse.GetValue(option)!, $"--min-tokens {parse.GetValue(option)}");

    /// <summary>The accuracy laws by the names law files store them under.</summary>
    public static IReadOnlyList<Choice<AccuracyLaw>> AccuracyLaws { get; } =
        [.. Enum.GetValues<AccuracyForm>().Select(form => new Choice<AccuracyLaw>(form.ToString().ToLowerInvariant(), AccuracyLaw.Of(form)))];
}
