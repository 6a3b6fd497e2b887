using ScalingLaws.Estimation;
using ScalingLaws.Planning;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Analysis;

/// <summary>
/// Runs what a report shows: the fit and its bootstrap on every row; Approach 2 (IsoFLOP profiles) on
/// the runs that are not training curves; the estimation study on the families that are. The
/// optional analyses do not stop the report when the data cannot support them: the page says why.
/// </summary>
public static class ReportAnalysis
{
    /// <summary>A family has training curves when its sizes typically have at least this many checkpoints.</summary>
    public const int MinimumCheckpoints = 3;

    /// <summary>Every analysis of the table a report shows, in the order the page reads them.</summary>
    /// <param name="table">The runs.</param>
    /// <param name="settings">How each analysis runs.</param>
    /// <param name="cancellation">Stops the fits.</param>
    public static ReportData Run(ObservationTable table, ReportSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        // What does not need the fit runs beside it, and the backtest beside the bootstrap: each fills the core the
        // other's serial stretches and last jobs leave idle. Every analysis is deterministic, so the page is the same.
        var curves = CurveFamilies(table);
        var profiles = Task.Run(() => Approach2(table, curves, settings), cancellation);
        var studied = Task.Run(() => Study(table, curves, settings.Study, cancellation), cancellation);
        var curveRuns = Task.Run(() => CurvePredictions.Run(table, curves, cancellation), cancellation);
        var tasks = Task.Run(() => settings.Tasks is { } read ? DownstreamTasks.Run(table, read, cancellation) : DownstreamTasks.NotRead, cancellation);
        var fit = settings.Fitter.Fit(table, cancellation);
        var law = Frontier(fit);
        var backtested = law is not null && settings.Backtest is { } backtest
            ? Task.Run(() => Predictive(settings.Fitter, table, fit.Values, backtest, cancellation), cancellation)
            : null;
        var bootstrap = settings.Resamples > 0
            ? new Bootstrap(settings.Resamples, settings.Seed).Run(settings.Fitter, table, fit, cancellation: cancellation)
            : null;
        var spread = law is not null && bootstrap is not null ? new AllocationUncertainty(bootstrap) : null;
        // A fit that leaves an input undetermined (the fit section says so) gives no predictive interval anywhere on the page. The
        // covariance is the one 'fit --out' stores, so without a bootstrap L* takes the parameters' share 'optimal' gives from a law file.
        var predictive = backtested is not null && Result(backtested)?.For(fit, table) is { Undetermined.IsEmpty: true } determined
            ? determined with { Covariance = ParameterUncertainty.PredictionCovariance(fit) }
            : null;
        var (isoflop, isoflopNote, isoflopSpread) = Result(profiles);
        var exponents = isoflop is null ? null : Exponents(isoflop, isoflopSpread, fit, bootstrap);
        var (study, studySettings, studyNote) = Result(studied);
        var (curveOutcomes, curveNotes) = Result(curveRuns);
        var (downstream, downstreamNote) = Result(tasks);
        return new ReportData
        {
            Source = table.Source,
            Table = table,
            Fit = fit,
            Bootstrap = bootstrap,
            Law = law,
            Spread = spread is { Resamples: > 1 } ? spread : null,
            Predictive = predictive,
            IsoFlop = isoflop,
            IsoFlopNote = isoflopNote,
            Exponents = exponents,
            CurveFamilies = curves,
            Study = study,
            StudySettings = studySettings,
            Cost = settings.Cost,
            StudyNote = studyNote,
            CurveOutcomes = curveOutcomes,
            CurveNotes = curveNotes,
            Downstream = downstream,
            DownstreamNote = downstreamNote,
            Generator = settings.Generator,
        };
    }

    /// <summary>The families (as <see cref="ModelFamily.Split"/> names them) whose model sizes have a median of at least <see cref="MinimumCheckpoints"/> distinct token counts.</summary>
    public static IReadOnlyList<string> CurveFamilies(ObservationTable table) =>
        [.. table.Rows.GroupBy(r => r.Family ?? table.Source, StringComparer.Ordinal)
            .Where(family => Median(family.GroupBy(r => r.Params).Select(size => size.Select(r => r.Tokens).Distinct().Count())) >= MinimumCheckpoints)
            .Select(family => family.Key)];

    // The backtests fit with the report's own options (fixed or tied parameters stay so), the start grid thinned: by size, and by
    // compute for the budgets beyond every run, as a law file of the same table stores them. The run-length and tokens-per-parameter
    // models a law file also stores are left out: a compute-optimal (N*, D*) within the runs' compute lies inside their ranges of N
    // and D/N, where neither applies, and each would add a backtest to the report's time.
    private static PredictiveModel? Predictive(LawFitter fitter, ObservationTable table, IReadOnlyList<double> values, BacktestSettings backtest, CancellationToken cancellation)
    {
        try
        {
            var options = fitter.Options with { StartStride = Math.Max(fitter.Options.StartStride, backtest.FitOptions.StartStride) };
            return PredictiveModel.MeasureAll(fitter.Law, table, values, backtest with { FitOptions = options }, SecondModels.Costlier, cancellation);
        }
        catch (ScalingLawsException)
        {
            return null;
        }
    }

    private static ComputeOptimal? Frontier(FitResult fit) =>
        fit.Law is ChinchillaLaw && fit.Values.Skip(1).All(v => v > 0 && double.IsFinite(v)) ? new ComputeOptimal(fit.Values) : null;

    // Approach 2 and, with a bootstrap, its resampled exponents (cheap: parabolas) from the fit's resample count and seed.
    private static (IsoFlopResult?, string?, IsoFlopBootstrapResult?) Approach2(ObservationTable table, IReadOnlyList<string> curves, ReportSettings settings)
    {
        var (isoflop, note) = Profiles(table, curves, settings.IsoFlop);
        var profiles = isoflop is not null && settings.Resamples > 1 ? new IsoFlopBootstrap(settings.Resamples, settings.Seed).Run(isoflop) : null;
        return (isoflop, note, profiles);
    }

    private static (IsoFlopResult?, string?) Profiles(ObservationTable table, IReadOnlyList<string> curves, IsoFlopAnalysis analysis)
    {
        var runs = table.Where(r => !curves.Contains(r.Family ?? table.Source));
        if (runs.Count == 0)
            return (null, "every family here is a set of training curves; IsoFLOP profiles need the final losses of runs at a few fixed compute budgets.");
        try
        {
            return (analysis.Run(runs), null);
        }
        catch (IsoFlopDesignException e)
        {
            return (null, $"Approach 2 cannot be applied to this design: {e.Reason}. The fitted law (Approach 3) is the estimate of the compute-optimal exponent here.");
        }
        catch (ScalingLawsException e)
        {
            return (null, e.Message);
        }
    }

    // Both a's with intervals: Approach 2's from its profiles' bootstrap, the fitted law's from the fit's.
    private static ExponentComparison? Exponents(IsoFlopResult isoflop, IsoFlopBootstrapResult? profiles, FitResult fit, BootstrapResult? bootstrap) =>
        ExponentEstimate.FromFit(fit, bootstrap) is { } parametric
            ? new ExponentComparison(ExponentEstimate.FromIsoFlop(isoflop, profiles), parametric)
            : null;

    // A side analysis's result, its failure thrown as itself (not wrapped), so input errors still read as one line.
    private static T Result<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static (StudyResult?, EvaluationSettings, string?) Study(ObservationTable table, IReadOnlyList<string> curves, EvaluationSettings settings, CancellationToken cancellation)
    {
        if (curves.Count == 0)
            return (null, settings, $"no family has training curves (at least {MinimumCheckpoints} checkpoints per model size), so there is nothing to extrapolate along.");
        var families = ModelFamily.Split(table.Where(r => curves.Contains(r.Family ?? table.Source)))
            .Where(f => f.Sizes.Length >= ModelFamily.MinimumSizes)
            .Select(f => f.Name)
            .ToList();
        if (families.Count == 0)
            return (null, settings, $"no family with training curves has {ModelFamily.MinimumSizes} model sizes or more: the study fits at least 2 and predicts a third.");
        try
        {
            var rows = table.Where(r => families.Contains(r.Family ?? table.Source));
            var study = new EvaluationStudy(settings).Run(rows, cancellation);
            return study.AnyScored || ScaledCut(rows, settings) is not { } scaled
                ? (study, settings, null)
                : (new EvaluationStudy(scaled.Settings).Run(rows, cancellation), scaled.Settings, scaled.Note);
        }
        catch (ScalingLawsException e)
        {
            return (null, settings, e.Message);
        }
    }

    // A sweep far shorter than the guide's ~300B-token runs can lose every training checkpoint to the 10B cut, leaving a
    // page of empty cells; the cut scaled to the sweep keeps the guide's proportion instead, and the page says so.
    private static (EvaluationSettings Settings, string Note)? ScaledCut(ObservationTable rows, EvaluationSettings settings)
    {
        return CheckpointCut.Below(rows, settings.MinTokens) is { } cut
            ? (settings with { MinTokens = cut }, $"with the {QuantityFormat.Count(settings.MinTokens)}-token cut no cell could be fitted, so the cut is the guide's scaled to this table: " +
                $"{QuantityFormat.Count(cut)} tokens (longest run {QuantityFormat.Count(rows.Rows.Max(r => r.Tokens))} tokens × 10B / 300B).")
            : null;
    }

    private static double Median(IEnumerable<int> values)
    {
        double[] all = [.. values.Select(v => (double)v)];
        return all.Length == 0 ? 0 : OrderStatistics.Percentile(all, 50);
    }
}
