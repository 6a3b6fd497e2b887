namespace ScalingLaws.Planning;

/// <summary>
/// Bootstrap of Approach 2: each resample draws, within every budget, as many runs as it has with
/// replacement, refits every budget's parabola and then the power laws through the vertices.
/// A budget that gives no interior minimum in a resample is skipped in that resample, exactly as
/// in the point estimate; a resample left with fewer than 2 budgets fails and is counted.
/// Resample i draws from its own generator seeded by (seed, i), so results do not depend on the
/// number of threads.
/// </summary>
public sealed class IsoFlopBootstrap(int resamples, int seed = 0)
{
    public int Resamples { get; } = resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    public int Seed { get; } = seed;

    /// <param name="analysis">The point estimate; its budgets and their runs are what is resampled.</param>
    public IsoFlopBootstrapResult Run(IsoFlopResult analysis, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        var paramsExponents = new double[Resamples];
        var tokensExponents = new double[Resamples];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, Resamples, parallel, i =>
        {
            var fit = IsoFlopAnalysis.FitPowerLaws(Resample(analysis.Budgets, new Random(unchecked(Seed * 1_000_003 + i))));
            (paramsExponents[i], tokensExponents[i]) = fit is null ? (double.NaN, double.NaN) : (fit.ParamsExponent, fit.TokensExponent);
        });
        return new IsoFlopBootstrapResult(
            Resamples, Seed, paramsExponents.Count(double.IsFinite),
            Uncertainty.Uncertainty.Of(paramsExponents), Uncertainty.Uncertainty.Of(tokensExponents));
    }

    private static List<BudgetProfile> Resample(IReadOnlyList<BudgetProfile> budgets, Random random) =>
        [.. budgets.Select(budget =>
        {
            var runs = budget.Runs;
            var drawn = new (double Params, double Loss)[runs.Count];
            for (var k = 0; k < drawn.Length; k++)
                drawn[k] = runs[random.Next(runs.Count)];
            return IsoFlopAnalysis.Profile(budget.Flops, drawn);
        })];
}

/// <summary>The spread of the exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b) over the resamples that succeeded.</summary>
public sealed record IsoFlopBootstrapResult(
    int Resamples,
    int Seed,
    int Succeeded,
    Uncertainty.Uncertainty ParamsExponent,
    Uncertainty.Uncertainty TokensExponent);
