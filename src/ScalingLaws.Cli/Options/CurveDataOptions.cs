namespace ScalingLaws.Cli.Options;

/// <summary>
/// How the <c>curve</c> commands read loss curves: FILE (one file, or a folder of files) or a public dataset
/// (--dataset NAME), which points are fitted and which predicted (--fit-fraction or --fit-runs, else the
/// dataset's own protocol), and how (--procedure, else the dataset's own procedure, else the minimum).
/// </summary>
/// <param name="fitRuns">Whether the command takes --fit-runs (curve rank fits each run on its own part, never other runs).</param>
internal sealed class CurveDataOptions(bool fitRuns = true) : IOptionGroup
{
    public Argument<string> File { get; } = new("FILE")
    {
        Description = "Loss curves: a CSV, TSV, JSON Lines or Parquet file with columns step, loss and optionally run, tokens, lr; a folder of such files; a TensorBoard event file or run folder(s); an MLflow experiment or W&B run folder (or --dataset NAME).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Dataset { get; } = CommonOptions.Dataset(CurveDatasetCatalog.All.Select(d => d.Name), CurveDatasetCatalog.Find);

    public Option<string?> DataDir { get; } = CommonOptions.DataDir();

    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "Column for a field, e.g. --map loss=train_loss (fields: model (the run), step, tokens, loss). Repeatable.",
    };

    public Option<string?> Delimiter { get; } = DelimiterOption.Create();

    public Option<string?> Format { get; } = FormatOption.Create();

    public Option<string?> Tag { get; } = new("--tag")
    {
        HelpName = "TAG",
        Description = "The loss: a TensorBoard tag or MLflow/W&B metric, e.g. train/loss (the same as --map loss=TAG).",
    };

    public Option<double?> FitFraction { get; } = QuantityOption.Optional("--fit-fraction", "Fit each run on its first P of steps (0 < P < 1) and predict the rest.", "P");

    public Option<double?> FromStep { get; } = QuantityOption.Step(
        "--from-step", "Leave out each run's points before this step: the untrained model and the warm-up, which no loss-curve law describes.");

    public Option<string[]> FitRuns { get; } = ValueList.Create("--fit-runs", "Fit on these runs together, e.g. cosine_24000,constant_24000, and predict the others.");

    public Option<Choice<CurveFitProcedure>> Procedure { get; } = ChoiceOption.Create<CurveFitProcedure>(
        "--procedure",
        "minimum: the objective's minimum from several starts (the default for FILE). published: the law's authors' own " +
        "procedure where it differs, the Multi-Power Law repository's initialisation and at most 200 AdamW steps (the default for the multipower datasets).",
        [new("minimum", CurveFitProcedure.Minimum), new("published", CurveFitProcedure.Published)]);

    public void AddTo(Command command)
    {
        command.AddAll(File, Dataset, DataDir, Map, Delimiter, Format, Tag, FromStep, FitFraction);
        if (fitRuns)
            command.Options.Add(FitRuns);
        command.Options.Add(Procedure);
    }

    /// <summary>
    /// Where the curves came from, the curves, the protocol (null: fit every point, predict nothing) and how the law is
    /// fitted: --procedure, else the procedure a dataset's published results used, else the minimum.
    /// </summary>
    public (string Source, IReadOnlyList<LossCurve> Curves, CurveProtocol? Protocol, CurveFitOptions Fitting) Load(ParseResult parse)
    {
        var (source, curves, protocol, datasetProcedure) = Read(parse);
        var procedure = parse.GetValue(Procedure)?.Value ?? datasetProcedure ?? CurveFitProcedure.Minimum;
        return (source, curves, protocol, CurveFitOptions.Default with { Procedure = procedure });
    }

    private (string Source, IReadOnlyList<LossCurve> Curves, CurveProtocol? Protocol, CurveFitProcedure? Procedure) Read(ParseResult parse)
    {
        var chosen = Protocol(parse); // option errors first, before any file is read
        var file = parse.GetValue(File);
        var dataset = parse.GetValue(Dataset);
        if (file is not null && dataset is not null)
            throw new ScalingLawsException($"give FILE or --dataset NAME, not both ('{file}' and --dataset {dataset}).");
        if (dataset is null)
        {
            if (parse.GetValue(DataDir) is not null)
                throw new ScalingLawsException("--data-dir is used only with --dataset NAME; give --dataset, or leave --data-dir out.");
            if (file is null)
                throw new ScalingLawsException($"missing FILE (or --dataset NAME); see 'scaling curve {parse.CommandResult.Command.Name} --help'.");
            var map = ColumnMap.Parse(parse.GetValue(Map) ?? []);
            if (parse.GetValue(Tag) is { } tag)
                map = map.With(Data.Field.Loss, tag, "--tag");
            return (file, From(parse, LossCurveReader.Read(file, map, DelimiterOption.Parse(parse.GetValue(Delimiter)), FormatOption.Parse(parse.GetValue(Format)))), chosen, null);
        }
        if (parse.GetValue(Map) is { Length: > 0 } || parse.GetValue(Tag) is not null)
            throw new ScalingLawsException($"--map and --tag apply to FILE; the columns of --dataset {dataset} are already mapped. Leave them out.");
        var info = CurveDatasetCatalog.Find(dataset);
        var curves = From(parse, CurveDatasetCatalog.Load(info.Name, DataDirectory.Resolve(parse.GetValue(DataDir))));
        return ($"dataset {info.Name}", curves, chosen ?? CurveDatasetCatalog.Protocol(info.Name), CurveDatasetCatalog.Procedure(info.Name));
    }

    /// <summary>
    /// How the predictive intervals are measured: the prior stands in for a fitted part too short to cut only for training
    /// losses (FILE is taken to be one unless its loss column is a perplexity), so evaluation losses such as the pythia-curves
    /// dataset or a W&amp;B export of eval perplexity get no interval there.
    /// </summary>
    public CurveBacktestSettings Intervals(ParseResult parse, IReadOnlyList<LossCurve> curves) => new()
    {
        PriorApplies = (parse.GetValue(Dataset) is not { } dataset || CurveDatasetCatalog.TrainingLoss(dataset)) && curves.All(c => c.TrainingLoss),
    };

    private IReadOnlyList<LossCurve> From(ParseResult parse, IReadOnlyList<LossCurve> curves) =>
        parse.GetValue(FromStep) is { } step ? [.. curves.Select(c => c.FromStep(step))] : curves;

    private CurveProtocol? Protocol(ParseResult parse)
    {
        var fraction = parse.GetValue(FitFraction);
        var runs = ValueList.Given(FitRuns.Name, parse.GetValue(FitRuns) ?? []);
        if (fraction is not null && runs.Count > 0)
            throw new ScalingLawsException("give --fit-fraction or --fit-runs, not both.");
        if (fraction is not null)
            return new FractionProtocol(fraction.Value);
        return runs.Count > 0 ? new RunsProtocol([.. runs.Distinct(StringComparer.OrdinalIgnoreCase)]) : null;
    }
}
