using ScalingLaws.Data;
using ScalingLaws.Estimation;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The extrapolation-error model used where a table is too small to backtest, in units of the fit's own
/// <see cref="ResidualScale"/> (<see cref="RelativePrior"/>), measured by <see cref="Measure"/>:
/// Chinchilla-law backtests by model size (Huber on ln L, the start grid thinned to every other value) on
/// each Hitchhiker family of shared/data with enough sizes, checkpoints above 10B tokens, every held-out
/// error divided by the square root of the residual scale of the cut that made it (<see cref="RelativePrior.Unit"/>), pooled into one <see cref="ErrorModelEstimator"/> fit. The product
/// never reads shared/data: the constants below are stored, and the test
/// <c>HitchhikerPriorTests.Stored_constants_match_a_fresh_derivation</c> re-derives them from
/// ../shared/data and checks them within tolerance
/// (<c>dotnet test tests/ScalingLaws.Tests -c Release --filter HitchhikerPriorTests</c>).
/// </summary>
public static class HitchhikerPrior
{
    /// <summary>The datasets and families the prior pools: (dataset, family). OLMo (2 sizes) and datablations (3 sizes per family) are too small to cut.</summary>
    public static IReadOnlyList<(string Dataset, string Family)> Families { get; } =
    [
        ("opt", "OPT"), ("gpt3", "GPT-3"), ("t5-pile", "T5-Pile"),
        ("pythia", "Pythia"), ("pythia", "Pythia-deduped"), ("pythia", "Pythia-v0"), ("pythia", "Pythia-v0-deduped"),
    ];

    /// <summary>Checkpoints with this many tokens or fewer are dropped before the backtests: the guide's 10B cut.</summary>
    public const double MinTokens = EvaluationSettings.GuideMinTokens;

    // In units of √(residual scale); re-derived by HitchhikerPriorTests.Stored_constants_match_a_fresh_derivation.
    /// <summary>a0: the error next to the data, in units of √s (see <see cref="RelativePrior"/>).</summary>
    public const double Sigma0 = 0.32753556869517697;
    /// <summary>k′: the error's growth per unit of relative distance, in units of √s.</summary>
    public const double Slope = 0.31636784558083236;
    /// <summary>Half-width of the 95% interval in units of σ.</summary>
    public const double Multiplier = 2.908984222242813;
    /// <summary>Backtest fits the constants were measured on.</summary>
    public const int CutPoints = 23;
    /// <summary>Held-out runs the constants were measured on.</summary>
    public const double Runs = 58;

    /// <summary>The stored constants as a prior.</summary>
    public static RelativePrior Relative { get; } = new(Sigma0, Slope, Multiplier, CutPoints, Runs);

    /// <summary>How each family is backtested for the prior: by model size, each family on its own.</summary>
    public static BacktestSettings Settings { get; } = new()
    {
        Order = BacktestOrder.Params,
        FitOptions = FitOptions.Default with { StartStride = 2, ScreeningBudget = 243 * 500, ScreeningRows = 500 },
        SplitFamilies = true,
    };

    /// <summary>
    /// Measures the prior on <paramref name="families"/> (rows with <see cref="Observation.Family"/> set,
    /// checkpoints at or below <see cref="MinTokens"/> already dropped): the pooled held-out errors of every
    /// family's backtest, each in units of its cut's residual scale.
    /// </summary>
    public static RelativePrior Measure(ObservationTable families, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        var settings = Settings with { MaxDegreeOfParallelism = Parallelism.Cores(maxDegreeOfParallelism) };
        var result = new Backtest(settings).Run(ChinchillaLaw.Instance, families, cancellation);
        return RelativePrior.Of(ErrorModelEstimator.Fit(result.RelativeHeldOutErrors, Relative.Scaled));
    }
}
