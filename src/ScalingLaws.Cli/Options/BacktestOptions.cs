namespace ScalingLaws.Cli.Options;

/// <summary>
/// The options of <c>scaling backtest</c> and <c>scaling plot backtest</c>: the data and law exactly as
/// <c>scaling fit</c> reads them, then how to cut the table.
/// </summary>
internal sealed class BacktestOptions : IOptionGroup
{
    // A backtest fits each family on its own, so only configurations within the table count as pooled.
    public ReadingOptions Reading { get; } = new(perFamily: true);

    public FitSettingOptions Setting { get; } = new();

    public Option<Choice<BacktestOrder?>> By { get; } = BacktestOrderOption.Create(
        $"Order of the table before each cut: {BacktestOrderOption.Choices} (default params; a one-variable law's input). " +
        "Runs stay whole; run-length cuts every run at the same token count instead.");

    public Option<int> Cuts { get; } = new("--cuts")
    {
        Description = "At most this many cut points, evenly spread in log scale; the last holds out only the largest.",
        DefaultValueFactory = _ => new BacktestSettings().MaxCuts,
    };

    public Option<int> MinTrain { get; } = new("--min-train")
    {
        Description = "The first cut fits at least this many distinct sizes (or token counts).",
        DefaultValueFactory = _ => new BacktestSettings().MinimumTrainingLevels,
    };

    public Option<string[]> PriorWithout { get; } = new("--prior-without")
    {
        Description = "Measure the Hitchhiker prior afresh from the datasets (--data-dir) without these families, e.g. OPT, so that a " +
            "backtest of a Hitchhiker family never scores its runs with a prior built from them. Repeatable.",
        HelpName = "FAMILY",
    };

    public void AddTo(Command command)
    {
        Reading.AddTo(command);
        Setting.AddTo(command);
        command.AddAll(By, Cuts, MinTrain, PriorWithout);
        _oldBy = RenamedOption.Accept(command, "--by", BacktestOrderOption.Name);
    }

    // The spelling issue 12 gave the order (scaling backtest FILE --by params): still read, with a note.
    private RenamedOption? _oldBy;

    public (LoadedRuns Runs, ScalingLaw Law, BacktestResult Result) Run(ParseResult parse, IProgress<WorkProgress>? progress, CancellationToken cancellation)
    {
        var law = Setting.CreateLaw(parse);
        var options = Setting.CreateOptions(parse);
        var oldBy = _oldBy?.OldValue(parse, By);
        var settings = new BacktestSettings
        {
            Order = oldBy is null ? BacktestOrderOption.Parse(parse, By, law) : BacktestOrderOption.Parse(oldBy, _oldBy!.Name),
            // A backtest fits once per cut: every other start-grid value unless --start-stride says otherwise.
            FitOptions = parse.GetResult(Setting.StartStride) is { Implicit: false } ? options : options with { StartStride = 2 },
            MaxCuts = Positive(parse, Cuts, "cut points, e.g. 15"),
            MinimumTrainingLevels = Positive(parse, MinTrain, "sizes, 2 or more"),
            SplitFamilies = true,
            Progress = progress,
            Prior = Prior(parse, cancellation),
        };
        var runs = Reading.LoadSelected(parse);
        if (oldBy is not null)
            runs = runs with { Table = runs.Table.WithNote(_oldBy!.Note) };
        return (runs, law, Fitted(new Backtest(settings).Run(law, runs.Table, cancellation)));
    }

    // A backtest none of whose cuts could be fitted has nothing to score: its failure is the answer, not "0 fitted" and exit 0.
    private static BacktestResult Fitted(BacktestResult result) =>
        result.Fits.Any(f => f.Succeeded)
            ? result
            : throw new ScalingLawsException($"none of the backtest's {QuantityFormat.CountedGrouped(result.Fits.Length, "cut point")} could be fitted; the first failed so: {result.Fits[0].Failure!.Worded()}");

    // The stored prior, or with --prior-without one measured now on the other Hitchhiker families.
    private RelativePrior Prior(ParseResult parse, CancellationToken cancellation)
    {
        var without = parse.GetValue(PriorWithout) ?? [];
        if (without.Length == 0)
            return HitchhikerPrior.Relative;
        var known = HitchhikerPrior.Families.Select(f => f.Family).ToArray();
        foreach (var family in without.Where(w => !known.Contains(w, StringComparer.OrdinalIgnoreCase)))
            throw new ScalingLawsException($"--prior-without {family}: not a family of the prior; they are {string.Join(", ", known)}.");
        var families = HitchhikerPriorData.Load(DataDirectory.Resolve(parse.GetValue(Reading.DataDir)), without);
        return HitchhikerPrior.Measure(families, cancellation: cancellation);
    }

    private static int Positive(ParseResult parse, Option<int> option, string example)
    {
        var value = parse.GetValue(option);
        return value >= 1 ? value : throw new ScalingLawsException($"{option.Name} {value}: give a number of {example}.");
    }
}
