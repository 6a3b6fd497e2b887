using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// The extrapolation-error model of each loss-curve law where the fitted part of a run is too short to
/// backtest, measured by <see cref="Measure"/>: every run of the bundled loss-curve datasets
/// (<see cref="Datasets"/>) taken whole as the fitted part, backtested along itself by <see cref="CurveBacktest"/>
/// (the minimum procedure), the held-out errors of all runs pooled into one <see cref="ErrorModelEstimator"/> fit.
/// The product never reads shared/data: the constants below are stored, and the test
/// <c>CurvePriorTests.Stored_constants_match_a_fresh_derivation</c> re-derives them from ../shared/data and
/// checks them within tolerance (<c>dotnet test tests/ScalingLaws.Tests -c Release --filter CurvePriorTests</c>).
/// </summary>
public static class CurvePrior
{
    /// <summary>
    /// The loss-curve datasets the prior pools: the Multi-Power training losses. Pythia's LAMBADA perplexities
    /// are left out: a task perplexity errs ten times more than a training loss, and pooled with it the tails
    /// of the one would set the width for the other.
    /// </summary>
    public static IReadOnlyList<string> Datasets { get; } = ["multipower-25M", "multipower-100M", "multipower-400M"];

    public static ExtrapolationErrorModel Power { get; } = new(0.0017566093902273323, 0.06217236514247267, 2.955467072168941, ErrorModelSource.Prior, 162, 162);

    public static ExtrapolationErrorModel Tissue { get; } = new(0.001, 0.017542946380741373, 9.081284060481591, ErrorModelSource.Prior, 162, 162);

    public static ExtrapolationErrorModel MultiPower { get; } = new(0.001, 0.01028939564872486, 14.861259152314709, ErrorModelSource.Prior, 159, 159);

    /// <summary>The stored prior of <paramref name="law"/>.</summary>
    public static ExtrapolationErrorModel For(CurveLaw law) => law switch
    {
        StepPowerLaw => Power,
        AnnealingLaw => Tissue,
        _ => MultiPower,
    };

    /// <summary>Measures the prior of <paramref name="law"/> on <paramref name="runs"/> (every run of <see cref="Datasets"/>), each run backtested along itself.</summary>
    public static ExtrapolationErrorModel Measure(CurveLaw law, IReadOnlyList<LossCurve> runs, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        var settings = new CurveBacktestSettings
        {
            MaxDegreeOfParallelism = 1,
            Prior = For(law),
        };
        var perRun = new CurveBacktestResult[runs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.For(0, runs.Count, parallel, r => perRun[r] = new CurveBacktest(settings).Run(law, [runs[r]], cancellation: cancellation));
        // Cut numbers made distinct across runs: the estimator counts cut points by them.
        var cuts = settings.CutFractions.Length;
        var errors = perRun.SelectMany((result, r) => result.Errors.Select(e => e with { Cut = r * cuts + e.Cut })).ToArray();
        return ErrorModelEstimator.Fit(errors, For(law)).As(ErrorModelSource.Prior);
    }
}
