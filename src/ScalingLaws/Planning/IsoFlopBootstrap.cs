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
    /// <summary>Resamples drawn; at least 2.</summary>
    public int Resamples { get; } = resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    /// <summary>The random seed.</summary>
    public int Seed { get; } = seed;

    /// <param name="analysis">The point estimate; its budgets and their runs are what is resampled.</param>
    public IsoFlopBootstrapResult Run(IsoFlopResult analysis, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        var budgets = analysis.Budgets;
        var largest = budgets.Max(b => b.Runs.Count);
        var paramsExponents = new double[Resamples];
        var tokensExponents = new double[Resamples];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, Resamples, parallel, () => new double[2 * largest], (i, _, scratch) =>
        {
            (paramsExponents[i], tokensExponents[i]) = Exponents(budgets, new Random(unchecked(Seed * 1_000_003 + i)), scratch);
            return scratch;
        }, _ => { });
        return new IsoFlopBootstrapResult(
            Resamples, Seed, paramsExponents.Count(double.IsFinite),
            Uncertainty.Uncertainty.Of(paramsExponents), Uncertainty.Uncertainty.Of(tokensExponents));
    }

    // One resample: the slopes of ln N_opt and ln D_opt against ln C through the vertices of the budgets
    // that keep an interior minimum (the rules of IsoFlopAnalysis.Profile), without allocating.
    private static (double Params, double Tokens) Exponents(IReadOnlyList<BudgetProfile> budgets, Random random, double[] scratch)
    {
        double count = 0, sumC = 0, sumN = 0, sumD = 0, sumCC = 0, sumCN = 0, sumCD = 0, firstC = double.NaN;
        var distinctBudgets = false;
        foreach (var budget in budgets)
        {
            var vertex = Vertex(budget.Runs, random, scratch);
            if (double.IsNaN(vertex))
                continue;
            var (c, n, d) = (Math.Log(budget.Flops), vertex, Math.Log(Compute.Tokens(budget.Flops, Math.Exp(vertex))));
            distinctBudgets |= count > 0 && c != firstC;
            firstC = count == 0 ? c : firstC;
            (count, sumC, sumN, sumD) = (count + 1, sumC + c, sumN + n, sumD + d);
            (sumCC, sumCN, sumCD) = (sumCC + c * c, sumCN + c * n, sumCD + c * d);
        }
        if (!distinctBudgets)
            return (double.NaN, double.NaN);
        var spread = sumCC - sumC * sumC / count;
        return ((sumCN - sumC * sumN / count) / spread, (sumCD - sumC * sumD / count) / spread);
    }

    // ln N at the minimum of the parabola through a resample of the budget's runs; NaN when it has none inside the sizes drawn.
    private static double Vertex(IReadOnlyList<(double Params, double Loss)> runs, Random random, double[] scratch)
    {
        var x = scratch.AsSpan(0, runs.Count);
        var y = scratch.AsSpan(runs.Count, runs.Count);
        for (var k = 0; k < runs.Count; k++)
        {
            var (parameters, loss) = runs[random.Next(runs.Count)];
            (x[k], y[k]) = (Math.Log(parameters), loss);
        }
        x.Sort(y);
        var sizes = 1;
        for (var k = 1; k < x.Length; k++)
            sizes += x[k] != x[k - 1] ? 1 : 0;
        if (sizes < IsoFlopAnalysis.MinimumSizes)
            return double.NaN;
        var vertex = Parabola.Fit(x, y).Vertex;
        return vertex >= x[0] && vertex <= x[^1] ? vertex : double.NaN;
    }
}

/// <summary>The spread of the exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b) over the resamples that succeeded.</summary>
public sealed record IsoFlopBootstrapResult(
    int Resamples,
    int Seed,
    int Succeeded,
    Uncertainty.Uncertainty ParamsExponent,
    Uncertainty.Uncertainty TokensExponent);
