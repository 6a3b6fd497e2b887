using MathNet.Numerics.Distributions;

namespace ScalingLaws.Prediction;

/// <summary>
/// Fits σ(d) = sqrt(σ0² + (k·d)²) to held-out errors of backtests, robustly:
/// <list type="number">
/// <item>the errors are split by distance into bins of equal weight, and each bin's scale is the
/// weighted median of |ln L − ln L̂| divided by 0.6745 (the normal MAD), around zero rather than the
/// mean because the interval is centred on the prediction, and a law that drifts is wrong by its drift;</item>
/// <item>σ0² and k² solve a weighted least-squares line of the squared scales against d², each bin
/// weighted by its runs over its squared scale squared (relative misfit), both kept ≥ 0;</item>
/// <item>the multiplier is the weighted 95th percentile of |error|/σ(d), at least 1.96 (a table's backtest
/// raises this floor when the model rests on few cut points: <see cref="MultiplierFloor"/>). With
/// <c>guardFewCuts</c>, a model measured on fewer than 20 cut points reads its tail where the cuts support it instead
/// (<see cref="GuardedTail"/>).</item>
/// </list>
/// With too few held-out runs for three bins (one run's own backtest: at most six), the prior's shape is kept, its decay
/// term too, and only its scale is fitted (the weighted median of |error|/σ_prior(d, u), over 0.6745).
/// Held-out errors of a loss curve carry a second covariate, the learning-rate decay u the fit did not see
/// (<see cref="HeldOutError.Decay"/>). Bins along one axis cannot separate two, so when any u &gt; 0 the shape
/// σ² ∝ σ0² + (k·d)² + (m·u)² is fitted to the errors themselves by maximum likelihood of a Laplace law (<see cref="DecayShape"/>):
/// its log-likelihood grows linearly, not quadratically, in an error, so a cut gone astray pulls the shape less than in least
/// squares; the scale is the weighted median of |error|/σ over 0.6745, as a bin's. The multiplier then reads the tail as above. Without decay
/// (every scaling law) the estimator is the binned one, unchanged.
/// </summary>
internal static class ErrorModelEstimator
{
    /// <summary>Below this many held-out runs the estimator scales the prior instead of fitting σ0 and k.</summary>
    public const double RunsForShape = 12;

    /// <summary>Held-out runs per distance bin, at least.</summary>
    public const double RunsPerBin = 4;

    /// <summary>The most distance bins the errors are grouped into.</summary>
    public const int MaxBins = 6;

    /// <summary>σ0 never falls below this (0.1% of the loss): intervals of zero width would claim a precision no loss measurement has.</summary>
    public const double Sigma0Floor = 1e-3;

    private const double NormalMad = 0.6744897501960817;

    /// <param name="guardFewCuts">Read the multiplier's tail only as far as the cut points support it (<see cref="GuardedTail"/>).</param>
    public static ExtrapolationErrorModel Fit(IReadOnlyList<HeldOutError> errors, ExtrapolationErrorModel prior, bool guardFewCuts = false)
    {
        var usable = errors.Where(e => double.IsFinite(e.LogError) && double.IsFinite(e.Distance) && e.Weight > 0).ToArray();
        var runs = usable.Sum(e => e.Weight);
        var cuts = usable.Select(e => e.Cut).Distinct().Count();
        if (usable.Length == 0)
            return prior;
        var (sigma0, slope, decaySlope) = runs < RunsForShape ? ScaledPrior(usable, prior)
            : usable.Any(e => e.Decay > 0) ? DecayShape(usable)
            : Bins(usable, runs) is { Count: >= 3 } bins ? Shape(bins)
            : ScaledPrior(usable, prior);
        var shape = new ExtrapolationErrorModel(sigma0, slope, 1, ErrorModelSource.Backtest, cuts, runs, decaySlope);
        return shape with { Multiplier = Multiplier(usable, shape, guardFewCuts ? cuts : null) };
    }

    // Bins of about equal weight along the distance, each (root-mean-square distance, robust scale, weight):
    // the scale of a bin estimates sqrt(σ0² + k²·mean d²), so the root mean square is the distance to regress on.
    // A bin closes at its share of the weight but never between equal distances, so ties (held-out runs inside the fitted
    // ranges, all at d = 0) can carry one past the next share too; the weight after it is then shared anew among the bins
    // it can fill at RunsPerBin runs each. Keeping the old shares left one-run bins behind a large tie, whose median is one
    // error: a run predicted to 0.1% weighed (w/s⁴) a million times a bin of 5% errors, set σ0 to its floor and, read
    // against that σ0 at d ≈ 0, the multiplier to 282.
    private static List<(double Distance, double Scale, double Weight)> Bins(HeldOutError[] errors, double runs)
    {
        var sorted = errors.OrderBy(e => e.Distance).ToArray();
        var bins = new List<(double, double, double)>();
        var (start, cumulative, planned, sinceBase) = (0, 0.0, 0.0, 0);
        var share = runs / BinCount(runs, MaxBins);
        for (var i = 0; i < sorted.Length; i++)
        {
            cumulative += sorted[i].Weight;
            var last = i == sorted.Length - 1;
            if (!last && (cumulative < planned + share * (sinceBase + 1) || sorted[i + 1].Distance == sorted[i].Distance))
                continue;
            var members = sorted[start..(i + 1)];
            var scale = WeightedStatistics.Quantile([.. members.Select(e => (Math.Abs(e.LogError), e.Weight))], 0.5) / NormalMad;
            var distance = Math.Sqrt(WeightedStatistics.Mean([.. members.Select(e => (e.Distance * e.Distance, e.Weight))]));
            bins.Add((distance, scale, members.Sum(e => e.Weight)));
            start = i + 1;
            sinceBase++;
            if (cumulative < planned + share * (sinceBase + 1))
                continue;
            (planned, sinceBase) = (cumulative, 0);
            share = (runs - cumulative) / BinCount(runs - cumulative, MaxBins - bins.Count);
        }
        return bins;
    }

    // Bins for this much weight: one per RunsPerBin runs, at least 1 and at most the bins still allowed.
    private static int BinCount(double runs, int most) => (int)Math.Clamp(Math.Floor(runs / RunsPerBin), 1, Math.Max(most, 1));

    // Weighted least squares of s² = σ0² + k²·d² with weights w/s⁴, each coefficient kept ≥ 0.
    private static (double Sigma0, double Slope, double DecaySlope) Shape(List<(double Distance, double Scale, double Weight)> bins)
    {
        var theta = NonNegativeLeastSquares.Solve([.. bins.Select(b => (new[] { 1, b.Distance * b.Distance }, b.Scale * b.Scale, b.Weight / Math.Max(Math.Pow(b.Scale, 4), 1e-300)))]);
        return (Math.Max(Math.Sqrt(theta[0]), Sigma0Floor), Math.Sqrt(theta[1]), 0);
    }

    private const int LaplaceIterations = 500;

    /// <summary>
    /// σ0, k and m: the shape by maximum likelihood of a Laplace law of ln L − ln L̂ with scale b² = A + B·d² + C·u² (A, B, C ≥ 0), each
    /// error weighted by its weight, by iteratively reweighted least squares (at the optimum Σ w·x·(b − |e|)/b³ = 0 for x = (1, d², u²),
    /// the normal equations of fitting b² to |e|·b with weights w/b⁴ at fixed b; each step the <see cref="NonNegativeLeastSquares"/> that
    /// <see cref="Shape"/> solves once); the scale, as the binned estimator's, from the
    /// weighted median of |e|/b over 0.6745.
    /// </summary>
    private static (double Sigma0, double Slope, double DecaySlope) DecayShape(HeldOutError[] errors)
    {
        var floor = Sigma0Floor * Math.Sqrt(2 / Math.PI); // keeps every b, and so every weight w/b⁴, finite
        var mean = Math.Max(WeightedStatistics.Mean([.. errors.Select(e => (Math.Abs(e.LogError), e.Weight))]), floor);
        var theta = new[] { mean * mean, mean * mean, mean * mean };
        for (var iteration = 0; iteration < LaplaceIterations; iteration++)
        {
            var next = NonNegativeLeastSquares.Solve(ReweightedRows(errors, theta));
            next[0] = Math.Max(next[0], floor * floor);
            var change = next.Zip(theta, (a, b) => Math.Abs(a - b) / Math.Max(Math.Abs(b), floor * floor)).Max();
            theta = next;
            if (change < 1e-10)
                break;
        }
        // The scale as the binned estimator reads it, the weighted median of |error|/b over 0.6745, so that heavy tails go to the multiplier.
        var shape = errors.Select(e => (Math.Abs(e.LogError) / Math.Sqrt(theta[0] + theta[1] * e.Distance * e.Distance + theta[2] * e.Decay * e.Decay), e.Weight)).ToArray();
        var toSigma = WeightedStatistics.Quantile(shape, 0.5) / NormalMad;
        return (Math.Max(Math.Sqrt(theta[0]) * toSigma, Sigma0Floor), Math.Sqrt(theta[1]) * toSigma, Math.Sqrt(theta[2]) * toSigma);
    }

    // One reweighted step's rows at the current θ: regressors (1, d², u²), target |e|·b, weight w/b⁴.
    private static (double[] X, double Y, double Weight)[] ReweightedRows(HeldOutError[] errors, double[] theta) => [.. errors.Select(e =>
    {
        var x = new[] { 1, e.Distance * e.Distance, e.Decay * e.Decay };
        var b = Math.Sqrt(x[0] * theta[0] + x[1] * theta[1] + x[2] * theta[2]);
        return (x, Math.Abs(e.LogError) * b, e.Weight / Math.Max(b * b * b * b, 1e-300));
    })];

    private static (double Sigma0, double Slope, double DecaySlope) ScaledPrior(HeldOutError[] errors, ExtrapolationErrorModel prior)
    {
        var ratio = WeightedStatistics.Quantile([.. errors.Select(e => (Math.Abs(e.LogError) / prior.Sigma(e.Distance, e.Decay), e.Weight))], 0.5) / NormalMad;
        return (Math.Max(prior.Sigma0 * ratio, Sigma0Floor), prior.Slope * ratio, prior.DecaySlope * ratio);
    }

    private static double Multiplier(HeldOutError[] errors, ExtrapolationErrorModel model, int? guardedCuts)
    {
        var standardized = errors.Select(e => (Math.Abs(e.LogError) / model.Sigma(e.Distance, e.Decay), e.Weight)).ToArray();
        var tail = guardedCuts is { } cuts ? GuardedTail(standardized, cuts) : WeightedStatistics.Quantile(standardized, 0.95);
        return Math.Max(tail, ExtrapolationErrorModel.NormalMultiplier);
    }

    /// <summary>
    /// The 95% multiplier of standardized errors from <paramref name="cutPoints"/> cut points, read no further into the tail than
    /// the cuts support. The held-out errors of one cut share its fit, so with c cuts the top 5% of the weight lies inside the
    /// single worst cut whenever c &lt; 20, and the 95th percentile is that cut's error: one fit on the fewest points, gone
    /// astray. The quantile p = 1 − 1/c (at least the median) still has a whole cut beyond it; it is carried to 95% with the tail
    /// of Student's t with c degrees of freedom (the principle of <see cref="MultiplierFloor"/>):
    /// q_p · t_c(0.975) / t_c((1 + p)/2). From 20 cuts on it is the plain 95th percentile.
    /// </summary>
    internal static double GuardedTail(IReadOnlyList<(double Value, double Weight)> standardized, int cutPoints)
    {
        var supported = Math.Clamp(1 - 1.0 / Math.Max(cutPoints, 1), 0.5, 0.95);
        var quantile = WeightedStatistics.Quantile(standardized, supported);
        return supported >= 0.95 ? quantile : quantile * StudentQuantile(cutPoints, 0.975) / StudentQuantile(cutPoints, (1 + supported) / 2);
    }

    /// <summary>
    /// The smallest multiplier of a table's error model measured on <paramref name="cutPoints"/> cut points of
    /// its own backtest: Student's t 97.5th percentile with that many degrees of freedom (1.96 as they grow).
    /// σ(d) is itself estimated, and the held-out runs of one cut share its fit and drift together, so the
    /// cuts, not the runs, are the independent draws: with 3 cuts the multiplier is at least 3.18, with 8 at
    /// least 2.31, with 15 at least 2.13. A loss-curve backtest uses t for the shape of its guarded tail instead
    /// (<see cref="GuardedTail"/>): as a floor on top, it made the power law's intervals on the Multi-Power runs cover
    /// 100% at 100M and 400M (fitted on 30 %, 3.09× and 2.67× the error) instead of 97.4% (2.72×, 2.35×).
    /// </summary>
    public static double MultiplierFloor(int cutPoints) => cutPoints >= 1
        ? StudentQuantile(cutPoints, 0.975)
        : ExtrapolationErrorModel.NormalMultiplier;

    private static double StudentQuantile(int degreesOfFreedom, double probability) => StudentT.InvCDF(0, 1, Math.Max(degreesOfFreedom, 1), probability);
}
