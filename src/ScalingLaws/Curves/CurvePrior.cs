using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// The extrapolation-error model of each loss-curve law where the fitted part of a run is too short to
/// backtest, measured by <see cref="Measure"/>: every run of the bundled loss-curve datasets
/// (<see cref="Datasets"/>) taken whole as the fitted part, backtested along itself by <see cref="CurveBacktest"/>
/// with the procedure the prior stands in for, the held-out errors of all runs pooled into one <see cref="ErrorModelEstimator"/> fit
/// of σ(d, u) = sqrt(σ0² + (k·d)² + (m·u)²), u the learning-rate decay after each cut (<see cref="UnseenDecay"/>). With u the tails that
/// set the old σ(d)-only multipliers (Tissue 9.1, Multi-Power at the minimum 14.9: WSD runs cut before their decay) are explained by m,
/// and every multiplier falls to 1.96–2.9. The Multi-Power Law keeps one prior per procedure (published: early-stopped AdamW from its
/// published initialisation; minimum).
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

    /// <summary>The prior of the power law in the step.</summary>
    public static ExtrapolationErrorModel Power { get; } = new(0.003958128703817006, 0.035725591907324945, 2.2078360592413295, ErrorModelSource.Prior, 162, 162, 0.036140650185636385);

    /// <summary>The prior of Tissue et al.'s annealing law.</summary>
    public static ExtrapolationErrorModel Tissue { get; } = new(0.001, 0.013439803026720454, 2.896404729994682, ErrorModelSource.Prior, 162, 162, 0.018398634532688224);

    /// <summary>The prior of the Multi-Power Law fitted by this library's minimum.</summary>
    public static ExtrapolationErrorModel MultiPower { get; } = new(0.001, 0.0036504538479883272, 1.959963984540054, ErrorModelSource.Prior, 159, 159, 0.040225853792444394);

    /// <summary>The Multi-Power Law's prior for its published procedure (<see cref="CurveFitProcedure.Published"/>).</summary>
    public static ExtrapolationErrorModel MultiPowerPublished { get; } = new(0.0038924127640228147, 0.006448320009706306, 1.959963984540054, ErrorModelSource.Prior, 159, 159, 0.027982944161010215);

    /// <summary>The stored prior of <paramref name="law"/> fitted by <paramref name="procedure"/> (only the Multi-Power Law's published procedure differs from the minimum).</summary>
    public static ExtrapolationErrorModel For(CurveLaw law, CurveFitProcedure procedure = CurveFitProcedure.Minimum) => law switch
    {
        StepPowerLaw => Power,
        AnnealingLaw => Tissue,
        _ when procedure == CurveFitProcedure.Published => MultiPowerPublished,
        _ => MultiPower,
    };

    /// <summary>
    /// Measures the prior of <paramref name="law"/> fitted by <paramref name="procedure"/> on <paramref name="runs"/> (every run of
    /// <see cref="Datasets"/>), each run backtested along itself.
    /// </summary>
    public static ExtrapolationErrorModel Measure(
        CurveLaw law, IReadOnlyList<LossCurve> runs, CurveFitProcedure procedure = CurveFitProcedure.Minimum, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        var settings = new CurveBacktestSettings
        {
            MaxDegreeOfParallelism = 1,
            Prior = For(law, procedure),
        };
        var options = CurveFitOptions.Default with { Procedure = procedure };
        var perRun = new CurveBacktestResult[runs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism.Cores(maxDegreeOfParallelism), CancellationToken = cancellation };
        Parallel.For(0, runs.Count, parallel, r => perRun[r] = new CurveBacktest(settings).Run(law, [runs[r]], options, cancellation));
        // Cut numbers made distinct across runs: the estimator counts cut points by them.
        var cuts = settings.CutFractions.Length;
        var errors = perRun.SelectMany((result, r) => result.Errors.Select(e => e with { Cut = r * cuts + e.Cut })).ToArray();
        return ErrorModelEstimator.Fit(errors, For(law, procedure), guardFewCuts: true).As(ErrorModelSource.Prior);
    }
}
