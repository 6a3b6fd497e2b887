using System.Collections.Immutable;

namespace ScalingLaws.Prediction;

/// <summary>
/// A backtest: every cut point's fit, every held-out prediction with its predictive interval (built
/// from earlier cuts only), and the error model measured on all cuts, which is what a law fitted to
/// the whole table carries into its predictions.
/// </summary>
public sealed record BacktestResult(
    BacktestOrder Order, ImmutableArray<BacktestFit> Fits, ImmutableArray<BacktestPrediction> Predictions, ExtrapolationErrorModel Model)
{
    /// <summary>Upper edges of the distance bins, as extrapolation factors: inside the data, then up to 2×, 5×, 10×, 100× and beyond.</summary>
    public static ImmutableArray<double> BinEdges { get; } = [1, 2, 5, 10, 100, double.PositiveInfinity];

    /// <summary>The predictions summarized.</summary>
    public HeldOutCoverage Summary => Coverage(Predictions);

    /// <summary>Held-out rows given no interval because their cut's fit does not determine the law where they lie (<see cref="UndeterminedInputs"/>); empty when every fit extrapolates.</summary>
    public ImmutableArray<UndeterminedPrediction> Undetermined { get; init; } = [];

    /// <summary>The held-out errors of every fitted cut, as the error model sees them (e.g. to pool several tables).</summary>
    public IReadOnlyList<HeldOutError> HeldOutErrors =>
        [.. Predictions.Select(p => new HeldOutError(p.Cut, p.Interval.Distance.Along(Model.Along), p.LogError, p.Weight))];

    /// <summary>The held-out errors divided by <see cref="RelativePrior.Unit"/> of the residual scale of the fit that made them: what <see cref="RelativePrior"/> is measured on.</summary>
    public IReadOnlyList<HeldOutError> RelativeHeldOutErrors
    {
        get
        {
            var scales = Fits.ToDictionary(f => f.Cut.Index, f => f.ResidualScale);
            return [.. HeldOutErrors.Select(e => e with { LogError = e.LogError / RelativePrior.Unit(scales[e.Cut]) })];
        }
    }

    /// <summary>The predictions whose interval came from <paramref name="source"/>.</summary>
    public HeldOutCoverage SummaryOf(ErrorModelSource source) => Coverage(Predictions.Where(p => p.Source == source));

    /// <summary>
    /// The predictions at a tokens per parameter D/N outside their cut's fitted range of it, which the error model's distance
    /// does not count (<see cref="ExtrapolationDistance.TokensPerParam"/>): shown apart, as the place its intervals are least sure.
    /// A backtest by tokens per parameter counts D/N below the range, so only those above it are such.
    /// </summary>
    public HeldOutCoverage OutsideTokensPerParam => Coverage(Predictions.Where(p =>
        p.Interval.Distance.IsOutsideRatio && (Model.Along != ExtrapolationAxis.Undertraining || p.Interval.Distance.TokensPerParam!.Above)));

    /// <summary>Coverage, error and width by extrapolation factor along the error model's axis (<see cref="ExtrapolationDistance.FactorAlong"/>); empty bins are left out.</summary>
    public IReadOnlyList<BacktestBin> Bins()
    {
        var bins = new List<BacktestBin>();
        var lower = 0.0;
        foreach (var upper in BinEdges)
        {
            var members = Predictions.Where(p => p.Interval.Distance.FactorAlong(Model.Along) is var factor && factor > lower * (1 + 1e-12) && factor <= upper * (1 + 1e-12)).ToArray();
            if (members.Length > 0)
                bins.Add(new BacktestBin(lower, upper, Coverage(members)));
            lower = upper;
        }
        return bins;
    }

    // Each held-out run of a cut weighs 1, its rows sharing it; a fit that predicts no finite loss for a row counts as a miss.
    private static HeldOutCoverage Coverage(IEnumerable<BacktestPrediction> predictions) =>
        HeldOutCoverage.Of([.. predictions.Select(p => (p.Covered, p.RelativeError, p.Interval.RelativeHalfWidth, p.Weight))]);
}
