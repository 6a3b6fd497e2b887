using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Prediction;

/// <summary>
/// What a fitted law needs to give predictive intervals: the ranges of the data it was fitted to and
/// the error model of its extrapolations (from a backtest on that data, or the prior).
/// </summary>
/// <param name="Order">How the backtest ordered the table; null when the prior was used without one.</param>
public sealed record PredictiveModel(FittedRanges Ranges, ExtrapolationErrorModel Errors, BacktestOrder? Order)
{
    /// <summary>
    /// The fit's covariance of the parameters (fitting scale, law order), for the delta method when there is
    /// no bootstrap; null when the curvature does not determine every parameter (see <see cref="ParameterUncertainty.Covariance"/>).
    /// </summary>
    public double[,]? Covariance { get; init; }

    /// <summary>
    /// The inputs along which the fitted rows do not determine the law (<see cref="UndeterminedInputs"/>): a prediction
    /// beyond the data along one of them gets no interval, since no error measured on determined fits applies there.
    /// </summary>
    public ImmutableArray<Field> Undetermined { get; init; } = [];

    /// <summary>
    /// The error model measured by backtesting the same table by run length (every run cut at the same token count), for
    /// predictions that leave the fitted data by training longer alone: N inside the fitted range, D beyond it. A table's
    /// error when its fits on shorter training predict longer training need not be its error when small models predict large
    /// ones, and the by-size backtest measures only the latter. Null when not measured (<see cref="MeasureAll"/>).
    /// </summary>
    public ExtrapolationErrorModel? LongerErrors { get; init; }

    /// <summary>
    /// The error model measured by backtesting the same table by tokens per parameter (fit the runs trained longest for their
    /// size, predict the less trained), for predictions whose D/N lies below every fitted run's: a large model on few tokens,
    /// beyond the fitted small ones. Such a run's loss need not follow the law its better-trained neighbours fit, and neither
    /// the by-size nor the run-length backtest holds out runs like it. Null when not measured (<see cref="MeasureAll"/>).
    /// </summary>
    public ExtrapolationErrorModel? UndertrainedErrors { get; init; }

    /// <summary>
    /// The error model measured by backtesting the same table by compute (fit the runs of the smaller budgets, predict those of
    /// the larger), for predictions beyond every fitted run's compute C = 6ND: the next budget of a sweep, a larger model, a longer
    /// run. The by-size and run-length backtests cut within the fitted budgets, so on a sweep of few budgets their early cuts fit a
    /// corner of it (large models on few tokens, or the shortest runs) that the fit of the whole does not resemble, and their errors
    /// overstate what the next budget misses by (docs/fitting.md measures it). Null when not measured (<see cref="MeasureAll"/>).
    /// </summary>
    public ExtrapolationErrorModel? CostlierErrors { get; init; }

    /// <summary>
    /// The error model for a prediction at <paramref name="distance"/>: <see cref="CostlierErrors"/> when it lies beyond every fitted
    /// run's compute, else <see cref="LongerErrors"/> when it lies beyond the data in tokens alone, else <see cref="Errors"/>.
    /// </summary>
    public ExtrapolationErrorModel ErrorsFor(ExtrapolationDistance distance) =>
        UsesCostlierErrors(distance) ? CostlierErrors! : UsesLongerErrors(distance) ? LongerErrors! : Errors;

    /// <summary>Whether a prediction at <paramref name="distance"/> takes <see cref="CostlierErrors"/>: there is one, and C = 6ND lies above every fitted run's.</summary>
    public bool UsesCostlierErrors(ExtrapolationDistance distance) =>
        CostlierErrors is not null && distance.Compute is { Above: true, Factor: > 1 };

    /// <summary>Whether a prediction at <paramref name="distance"/> takes <see cref="LongerErrors"/>: there is one, the point lies beyond the largest fitted D and inside the fitted range of every other input, and not beyond the fitted compute (<see cref="UsesCostlierErrors"/>).</summary>
    public bool UsesLongerErrors(ExtrapolationDistance distance) =>
        LongerErrors is not null
        && !UsesCostlierErrors(distance)
        && distance.Factors.Any(f => f.Input == Field.Tokens && f.Above && f.Factor > 1)
        && distance.Factors.All(f => f.Input == Field.Tokens || f.Factor <= 1);

    /// <summary>Whether a prediction at <paramref name="distance"/> also takes <see cref="UndertrainedErrors"/>: there is one, and its D/N lies below the fitted range.</summary>
    public bool UsesUndertrainedErrors(ExtrapolationDistance distance) =>
        UndertrainedErrors is not null && distance.TokensPerParam is { Above: false, Factor: > 1 };

    /// <summary>
    /// The predictive 95% interval around <paramref name="loss"/> at <paramref name="distance"/> (<paramref name="parameterSigma"/>:
    /// the parameters' standard error of ln L): from <see cref="ErrorsFor"/>, and where D/N lies below the fitted range, with
    /// <see cref="UndertrainedErrors"/>' σ added in quadrature under the larger multiplier: the two measure different excursions, and a point making both carries both errors.
    /// </summary>
    public PredictiveInterval IntervalAround(double loss, ExtrapolationDistance distance, double parameterSigma)
    {
        var errors = ErrorsFor(distance);
        if (!UsesUndertrainedErrors(distance))
            return errors.Interval(loss, distance, parameterSigma);
        // The undertrained σ joins the parameters' term, which the main model adds in quadrature to its own σ(d).
        var (parameter, undertrained) = (double.IsFinite(parameterSigma) ? parameterSigma : 0, UndertrainedErrors!.Sigma(distance.Along(UndertrainedErrors.Along)));
        return (errors with { Multiplier = Math.Max(errors.Multiplier, UndertrainedErrors.Multiplier) })
            .Interval(loss, distance, Math.Sqrt(parameter * parameter + undertrained * undertrained));
    }

    // The second models are measured only for a law of N and D whose main model came from a backtest by size or, on too few sizes
    // to cut, the prior; each is kept when its own backtest has at least MinimumCutsForOwnModel cut points. By run length: a table
    // of few sizes with many checkpoints so measures how far its fits on shorter training reach.
    private static ExtrapolationErrorModel? Longer(BacktestOrder? main, ScalingLaw law, ObservationTable table, BacktestSettings settings, CancellationToken cancellation) =>
        Measured(main, law, table, settings with { Order = BacktestOrder.RunLength }, cancellation);

    private static ExtrapolationErrorModel? Undertrained(BacktestOrder? main, ScalingLaw law, ObservationTable table, BacktestSettings settings, CancellationToken cancellation) =>
        Measured(main, law, table, settings with { Order = BacktestOrder.TokensPerParam }, cancellation);

    // By compute, on a table of runs only: where checkpoints dominate (CheckpointDominance), a backtest that keeps runs whole orders
    // them by their final compute, which is cutting by size again, and never holds out a fitted run's later checkpoints; its model
    // would stand, beyond the fitted compute, in front of the run-length model measured on exactly those.
    private static ExtrapolationErrorModel? Costlier(BacktestOrder? main, ScalingLaw law, ObservationTable table, BacktestSettings settings, CancellationToken cancellation) =>
        CheckpointDominance.Assess(RunIndex.Of(table)) is null ? Measured(main, law, table, settings with { Order = BacktestOrder.Flops }, cancellation) : null;

    // A second backtest of a law of N and D whose main model (of order main) is by size or the prior, in another order; null when the
    // table has too few cut points in it for a model of its own.
    private static ExtrapolationErrorModel? Measured(BacktestOrder? main, ScalingLaw law, ObservationTable table, BacktestSettings other, CancellationToken cancellation)
    {
        if (main is not (BacktestOrder.Params or null) || !law.Inputs.Contains(Field.Tokens) || !law.Inputs.Contains(Field.Params))
            return null;
        if (CutPoints(law, table, other) < other.MinimumCutsForOwnModel)
            return null;
        var model = new Backtest(other).Run(law, table, cancellation).Model;
        return model.Source == ErrorModelSource.Backtest ? model : null;
    }

    private static int CutPoints(ScalingLaw law, ObservationTable table, BacktestSettings settings) =>
        BacktestSplits.Of(table, RunIndex.Of(table), [.. Enumerable.Range(0, table.Count)], null, settings, law).Count;

    /// <summary>This model with the inputs <paramref name="fit"/> leaves undetermined on the rows it was fitted to.</summary>
    public PredictiveModel For(FitResult fit, ObservationTable fitted) => this with { Undetermined = UndeterminedInputs.Of(fit.Law, fit, fitted) };

    /// <summary>Whether the fit determines the law as far as <paramref name="distance"/> reaches.</summary>
    public bool Determines(ExtrapolationDistance distance) => !UndeterminedInputs.Reaches(Undetermined, distance);

    /// <summary>
    /// Backtests the table the law was fitted to (by <paramref name="settings"/>) and keeps the error
    /// model measured on all its cut points; a table too small to cut at
    /// <see cref="BacktestSettings.MinimumCutsForOwnModel"/> points gets the prior at the residual scale of <paramref name="values"/>.
    /// </summary>
    /// <param name="values">The law fitted to the whole table, in natural units.</param>
    public static PredictiveModel Measure(
        ScalingLaw law, ObservationTable table, IReadOnlyList<double> values, BacktestSettings settings, CancellationToken cancellation = default) =>
        MeasureMain(law, table, values, settings, OwnOrder(law, table, settings), cancellation);

    // The main model of the order own: the table's backtest, or the prior (no order) on a table with too few cuts (OwnOrder).
    private static PredictiveModel MeasureMain(
        ScalingLaw law, ObservationTable table, IReadOnlyList<double> values, BacktestSettings settings, BacktestOrder? own, CancellationToken cancellation) =>
        own is null
            ? FromPrior(law, table, values, settings.Prior)
            : new PredictiveModel(FittedRanges.Of(table, law), new Backtest(settings).Run(law, table, cancellation).Model, own);

    // The order of the main model settings give: theirs when the table has enough cut points for a model of its own, else none (the prior).
    private static BacktestOrder? OwnOrder(ScalingLaw law, ObservationTable table, BacktestSettings settings) =>
        CutPoints(law, table, settings) < settings.MinimumCutsForOwnModel ? null : settings.Order;

    /// <summary>
    /// <see cref="Measure"/> and the second models asked for that apply to the table (<see cref="LongerErrors"/>,
    /// <see cref="UndertrainedErrors"/>, <see cref="CostlierErrors"/>); with <see cref="SecondModels.All"/>, what a law file written by
    /// a fit stores, so that every answer given from the same table (a prediction, an optimal allocation, a report's compute-optimal
    /// table) takes the same model. The backtests run side by side, each filling the cores the others' last cuts leave idle; only the
    /// main one reports progress. Each is deterministic, so the result does not depend on how they interleave.
    /// </summary>
    /// <param name="values">The law fitted to the whole table, in natural units.</param>
    /// <param name="second">The second models to measure.</param>
    public static PredictiveModel MeasureAll(
        ScalingLaw law, ObservationTable table, IReadOnlyList<double> values, BacktestSettings settings, SecondModels second = SecondModels.All,
        CancellationToken cancellation = default)
    {
        // A second model needs only the order the main one will have, known before it is measured.
        var order = OwnOrder(law, table, settings);
        var quiet = settings with { Progress = null };
        Task<ExtrapolationErrorModel?> Beside(SecondModels which, Func<BacktestOrder?, ScalingLaw, ObservationTable, BacktestSettings, CancellationToken, ExtrapolationErrorModel?> measure) =>
            second.HasFlag(which) ? Task.Run(() => measure(order, law, table, quiet, cancellation), cancellation) : Task.FromResult<ExtrapolationErrorModel?>(null);
        var longer = Beside(SecondModels.Longer, Longer);
        var undertrained = Beside(SecondModels.Undertrained, Undertrained);
        var costlier = Beside(SecondModels.Costlier, Costlier);
        var main = Task.Run(() => MeasureMain(law, table, values, settings, order, cancellation), cancellation);
        // Every backtest ends before this returns or throws (the first failure, unwrapped).
        Task.WhenAll(main, longer, undertrained, costlier).GetAwaiter().GetResult();
        return main.Result with { LongerErrors = longer.Result, UndertrainedErrors = undertrained.Result, CostlierErrors = costlier.Result };
    }

    /// <summary>The prior at the residual scale of <paramref name="values"/> on <paramref name="table"/>, without a backtest.</summary>
    public static PredictiveModel FromPrior(ScalingLaw law, ObservationTable table, IReadOnlyList<double> values, RelativePrior prior) =>
        new(FittedRanges.Of(table, law), prior.For(ResidualScale.Of(law, values, table)), null);

    /// <summary>
    /// The predictive 95% interval at one point: the parameters' spread from a bootstrap when there is one, else by the
    /// delta method from <see cref="Covariance"/>; null beyond the data along an <see cref="Undetermined"/> input. Where the fit's
    /// E collapsed, its upper end reaches up to the loss at the edge of the data (<see cref="UnseenFloor"/>).
    /// </summary>
    /// <param name="inputs">The law's inputs at the point, in the law's order.</param>
    public PredictiveInterval? Interval(ScalingLaw law, IReadOnlyList<double> values, IReadOnlyList<double> inputs, BootstrapResult? bootstrap = null)
    {
        var (first, second, third) = (inputs[0], ScalingLaw.InputAt(inputs, 1), ScalingLaw.InputAt(inputs, 2));
        var loss = law.Predict([.. values], inputs);
        var parameterSigma = bootstrap is not null ? ParameterUncertainty.LogSigma(bootstrap, first, second, third) : CurvatureSigma(law, values, first, second, third);
        var distance = Ranges.DistanceOf(inputs);
        return Determines(distance) ? UnseenFloor.Raise(IntervalAround(loss, distance, parameterSigma), law, values, Ranges, inputs) : null;
    }

    /// <summary>
    /// The parameters' standard error of ln L at one point by the delta method from <see cref="Covariance"/> (what a prediction
    /// takes without a bootstrap); 0 without one.
    /// </summary>
    public double CurvatureSigma(ScalingLaw law, IReadOnlyList<double> values, double first, double second = double.NaN, double third = double.NaN) =>
        Covariance is null ? 0 : ParameterUncertainty.LogSigma(law, values, Covariance, first, second, third);

    /// <summary>The default backtest order of a law: model size for two-variable laws, the input of a one-variable law.</summary>
    public static BacktestOrder DefaultOrder(ScalingLaw law) => law.Inputs.Length > 1
        ? BacktestOrder.Params
        : law.Inputs[0] switch
        {
            Field.Tokens => BacktestOrder.Tokens,
            Field.Flops => BacktestOrder.Flops,
            _ => BacktestOrder.Params,
        };
}
