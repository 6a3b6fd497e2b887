using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// Measures a law's own extrapolation error on a table: fit the smaller part at each cut point,
/// predict the held-out larger part, and record the error against the distance beyond the fitted
/// data. Each cut's predictive intervals use an error model measured only on earlier cuts, and only
/// on the rows those cuts held out that lie inside this cut's fitted part, so no interval ever saw
/// the rows it is scored on. Cut points are fitted in parallel; results do not depend on the thread count.
/// </summary>
/// <example><code>
/// var result = new Backtest(new BacktestSettings { Order = BacktestOrder.Params }).Run(ChinchillaLaw.Instance, table);
/// Console.WriteLine($"{result.Summary.Coverage:P0} covered; σ(d) = sqrt({result.Model.Sigma0}² + ({result.Model.Slope}·d)²)");
/// </code></example>
public sealed class Backtest(BacktestSettings? settings = null)
{
    /// <summary>How rows are ordered and cut.</summary>
    public BacktestSettings Settings { get; } = settings ?? new BacktestSettings();

    /// <summary>Fits the law to growing prefixes of the rows and scores each fit on the rows after.</summary>
    public BacktestResult Run(ScalingLaw law, ObservationTable table, CancellationToken cancellation = default)
    {
        Settings.Validate();
        // A misnamed or contradictory fix, tie or bound fails once, before any cut, and not as every cut's failure.
        Settings.FitOptions.Validate();
        ParameterLayout.Create(law.Parameters, Settings.FitOptions.Constraints, law.Name, Settings.FitOptions.Bounds);
        if (Settings.Axis == ExtrapolationAxis.Undertraining && !(law.Inputs.Contains(Field.Params) && law.Inputs.Contains(Field.Tokens)))
            throw new ScalingLawsException($"a backtest by tokens per parameter needs a law of both model size N and tokens D; the {law.Name} law has {string.Join(" and ", law.Inputs.Select(i => i.ToString().ToLowerInvariant()))} only.");
        var runs = RunIndex.Of(table);
        var cuts = Cuts(table, runs, law);
        if (cuts.Count == 0)
            throw TooSmall(law, table, runs);
        var fits = FitAll(law, table, cuts, cancellation);
        var scored = cuts.Select((cut, i) => HeldOut(law, table, runs, cut, fits[i])).ToArray();
        // Rows beyond the data where the cut's fit does not determine the law get no interval, and do not shape later ones.
        var split = scored.Select((s, i) => s.ToLookup(e => !fits[i].Determines(e.Distance))).ToArray();
        var errors = split.Select(s => s[false].ToArray()).ToArray();
        var undetermined = split.SelectMany(s => s[true].Select(e => e.Undetermined())).ToArray();
        var results = new BacktestFit[cuts.Count];
        var predictions = new List<BacktestPrediction>();
        for (var i = 0; i < cuts.Count; i++)
        {
            if (fits[i].Values.IsDefaultOrEmpty)
            {
                results[i] = fits[i];
                continue;
            }
            var model = ModelBefore(cuts, errors, i, fits[i].ResidualScale);
            results[i] = fits[i] with { Model = model };
            predictions.AddRange(errors[i].Select(e => e.WithInterval(model)));
        }
        var largest = results.LastOrDefault(f => f.Succeeded)?.ResidualScale ?? ResidualScale.Floor;
        return new BacktestResult(Settings.Order, [.. results], [.. predictions], ModelOf(errors.SelectMany(e => e).ToList(), largest)) { Undetermined = [.. undetermined] };
    }

    // The error model measured on these held-out rows (its multiplier at least Student's t for that many cuts),
    // or the prior at this residual scale when they come from too few cuts.
    private ExtrapolationErrorModel ModelOf(IReadOnlyList<Scored> all, double residualScale)
    {
        var cuts = all.Select(s => s.Error.Cut).Distinct().Count();
        var prior = Settings.Prior.For(residualScale);
        if (cuts < Settings.MinimumCutsForOwnModel)
            return prior with { Along = Settings.Axis };
        var own = ErrorModelEstimator.Fit([.. all.Select(s => s.Error)], prior);
        return own with { Multiplier = Math.Max(own.Multiplier, ErrorModelEstimator.MultiplierFloor(cuts)), Along = Settings.Axis };
    }

    private IReadOnlyList<BacktestCut> Cuts(ObservationTable table, RunIndex runs, ScalingLaw law)
    {
        var cuts = new List<BacktestCut>();
        foreach (var (family, rows) in Parts(table))
            cuts.AddRange(BacktestSplits.Of(table, runs, rows, family, Settings, law, cuts.Count));
        return cuts;
    }

    // What is backtested on its own: each family, or the whole table.
    private IEnumerable<(string? Family, int[] Rows)> Parts(ObservationTable table)
    {
        var all = Enumerable.Range(0, table.Count).ToArray();
        return Settings.SplitFamilies
            ? all.GroupBy(i => table[i].Family ?? table.Source, StringComparer.Ordinal).Select(g => ((string?)g.Key, g.ToArray()))
            : [(null, all)];
    }

    // No cut: too few distinct values of the ordering quantity, or (five sizes of one row each) too few rows for the law's parameters.
    private ScalingLawsException TooSmall(ScalingLaw law, ObservationTable table, RunIndex runs)
    {
        var rule = $"a backtest fits at least {Settings.MinimumTrainingLevels} (and {Settings.MinimumRowsPerParameter} rows per free law parameter) and holds out at least 1 more.";
        var (levels, rows) = Parts(table).Select(p => (Levels: BacktestSplits.LevelCount(table, runs, p.Rows, Settings.Order), p.Rows.Length)).Max();
        if (levels <= Settings.MinimumTrainingLevels)
            return new ScalingLawsException($"{table.Source}: too few distinct {Quantity()} to backtest; {rule}{WholeRuns(table, runs)}");
        var free = Settings.FitOptions.Constraints.FreeCount(law.Parameters);
        return new ScalingLawsException(
            $"{table.Source}: too few rows to backtest: {QuantityFormat.CountedGrouped(rows, "row")} of {levels} distinct {Quantity()}, where a backtest fits at least {Settings.MinimumTrainingLevels} of them " +
            $"in at least {Settings.MinimumRows(law)} rows ({Settings.MinimumRowsPerParameter} per parameter the {law.Name} law fits, {free} of {law.ParameterCount}) and holds out at least 1 more; give more runs, or hold or tie parameters the rows cannot determine.");
    }

    // Orders of whole runs count runs, not rows: a table of few runs' checkpoints is cut within its runs, by run length.
    private string WholeRuns(ObservationTable table, RunIndex runs) =>
        Settings.Order != BacktestOrder.RunLength && runs.Count < table.Count
            ? $" Its {QuantityFormat.CountedGrouped(table.Count, "row")} are the checkpoints of {QuantityFormat.CountedGrouped(runs.Count, "run")}, and this order keeps runs whole; a backtest by run length cuts within them."
            : "";

    private BacktestFit[] FitAll(ScalingLaw law, ObservationTable table, IReadOnlyList<BacktestCut> cuts, CancellationToken cancellation)
    {
        var options = Settings.FitOptions with { MaxDegreeOfParallelism = 1, Progress = null };
        var fitter = new LawFitter(law, options);
        var fits = new BacktestFit[cuts.Count];
        var counter = new ProgressCounter(Settings.Progress, "cut points", cuts.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.MaxDegreeOfParallelism, CancellationToken = cancellation };
        LargestFirst.Run(cuts.Count, i => cuts[i].Train.Length, parallel, i =>
        {
            var train = table.Select(cuts[i].Train);
            try
            {
                var fit = fitter.Fit(train, cancellation);
                fits[i] = new BacktestFit(cuts[i], fit.Values, FittedRanges.Of(train, law), ResidualScale.OfFitting(law, fit.FittingValues, train), null, null, fit.Status, UndeterminedInputs.Of(law, fit, train))
                {
                    FittingValues = fit.FittingValues,
                    NotFalling = NonFallingInputs.Of(law, fit.FittingValues, train),
                };
            }
            catch (ScalingLawsException e)
            {
                fits[i] = new BacktestFit(cuts[i], [], null, double.NaN, null, e);
            }
            counter.Step();
        });
        return fits;
    }

    // Every held-out row of one cut, predicted by its fit; each held-out run weighs 1 in total.
    private Scored[] HeldOut(ScalingLaw law, ObservationTable table, RunIndex runs, BacktestCut cut, BacktestFit fit)
    {
        if (fit.Values.IsDefaultOrEmpty)
            return [];
        var runSizes = cut.HeldOut.GroupBy(i => runs.RunOf[i]).ToDictionary(g => g.Key, g => g.Count());
        var collapsed = UnseenFloor.Collapsed(law, fit.Values, fit.Ranges!);
        return [.. cut.HeldOut.Select(i =>
        {
            var row = table[i];
            var inputs = law.Inputs.Select(f => InputValue.Of(row, f)).ToArray();
            var predicted = law.PredictFitting(fit.FittingValues.AsSpan(), inputs);
            var run = runs.RunOf[i];
            var distance = fit.Ranges!.DistanceOf(inputs);
            var weight = 1.0 / runSizes[run];
            return new Scored(cut, i, RunName(row, run), row, predicted, distance, new HeldOutError(cut.Index, distance.Along(Settings.Axis), Math.Log(row.Loss) - Math.Log(predicted), weight))
            {
                EdgeLoss = collapsed ? UnseenFloor.EdgeLoss(law, fit.Values, fit.Ranges!, inputs) : double.NaN,
            };
        })];
    }

    // The model of cut i: held-out errors of the family's earlier cuts on rows that cut i fits, or the prior at cut i's residual scale.
    private ExtrapolationErrorModel ModelBefore(IReadOnlyList<BacktestCut> cuts, Scored[][] errors, int i, double residualScale)
    {
        var fitted = cuts[i].Train.ToHashSet();
        var earlier = Enumerable.Range(0, i)
            .Where(c => cuts[c].Family == cuts[i].Family)
            .SelectMany(c => errors[c])
            .Where(s => fitted.Contains(s.Index))
            .ToList();
        return ModelOf(earlier, residualScale);
    }

    // The model name when the row has one, else the run's number in the table.
    private static string RunName(Observation row, int run) => row.Model ?? $"run {run + 1}";

    private string Quantity() => Settings.Order switch
    {
        BacktestOrder.Params => "model sizes",
        BacktestOrder.Tokens => "run lengths in tokens",
        BacktestOrder.Flops => "compute budgets",
        BacktestOrder.TokensPerParam => "tokens per parameter",
        _ => "token counts",
    };

    /// <summary>One held-out row of a cut, predicted, before its interval is known.</summary>
    private sealed record Scored(BacktestCut Cut, int Index, string Run, Observation Row, double Predicted, ExtrapolationDistance Distance, HeldOutError Error)
    {
        // Where the cut's fit has E collapsed, the loss at the edge of its data, which the interval reaches up to as predict's does; else NaN.
        public required double EdgeLoss { get; init; }

        public BacktestPrediction WithInterval(ExtrapolationErrorModel model) =>
            new(Cut.Index, Cut.Family, Run, Row, Predicted, UnseenFloor.Raise(model.Interval(Predicted, Distance), EdgeLoss), model.Source, Error.Weight);

        public UndeterminedPrediction Undetermined() => new(Cut.Index, Cut.Family, Run, Row, Predicted, Error.Weight);
    }
}
