using ScalingLaws.Prediction;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Prediction;

public sealed class ErrorModelEstimatorTests
{
    // Normal errors with a known σ(d) = sqrt(σ0² + (k·d)²), from a seeded generator.
    private static List<HeldOutError> Synthetic(double sigma0, double slope, int count, int seed, double maxDistance = 3)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var d = maxDistance * random.NextDouble();
            var normal = StandardNormal.Draw(random);
            return new HeldOutError(i % 10, d, normal * Math.Sqrt(sigma0 * sigma0 + slope * slope * d * d), 1.0);
        })];
    }

    [Theory]
    [InlineData(0.01, 0.03, 1)]
    [InlineData(0.02, 0.05, 2)]
    public void Recovers_a_known_sigma_of_distance(double sigma0, double slope, int seed)
    {
        var model = ErrorModelEstimator.Fit(Synthetic(sigma0, slope, 6000, seed), HitchhikerPrior.Relative.Scaled);

        Near.Relative(sigma0, model.Sigma0, 0.25, "sigma0");
        Near.Relative(slope, model.Slope, 0.08, "slope");
        Assert.InRange(model.Multiplier, ExtrapolationErrorModel.NormalMultiplier, 2.15); // normal errors: close to 1.96
        Assert.Equal(ErrorModelSource.Backtest, model.Source);
        Assert.Equal(10, model.CutPoints);
        Assert.Equal(6000, model.Runs, 6);
    }

    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(3, 3.18245)]
    [InlineData(8, 2.30600)]
    [InlineData(15, 2.13145)]
    [InlineData(1000, 1.96234)]
    public void The_multiplier_floor_is_students_t_with_one_degree_of_freedom_per_cut(int cuts, double t)
    {
        // Tabulated two-sided 95% t quantiles.
        Near.Relative(t, ErrorModelEstimator.MultiplierFloor(cuts), 1e-4, $"t for {cuts} cuts");
    }

    [Fact]
    public void A_guarded_tail_reads_no_further_than_its_cuts_support()
    {
        // Six cuts, each with ten standardized errors: five cuts at 0.1 … 1.0, one cut gone astray at 30.
        var errors = Enumerable.Range(0, 6).SelectMany(cut => Enumerable.Range(1, 10).Select(k => (Value: cut == 5 ? 30.0 : 0.1 * k, Weight: 0.1))).ToList();
        var many = Enumerable.Range(0, 40).SelectMany(cut => Enumerable.Range(1, 10).Select(k => (Value: 0.1 * k, Weight: 0.1))).ToList();

        var guarded = ErrorModelEstimator.GuardedTail(errors, 6);

        // p = 1 − 1/6: the weighted quantile is 1.0 (the five ordinary cuts end there), carried to 95% by t with 6 degrees of freedom.
        var t975 = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 6, 0.975);
        var tp = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 6, (1 + 5.0 / 6) / 2);
        Assert.Equal(1.0 * t975 / tp, guarded, 12);
        Assert.InRange(guarded, 1.5, 1.6); // not the astray cut's 30
        Assert.Equal(1.0, ErrorModelEstimator.GuardedTail(many, 40), 12); // from 20 cuts on: the plain 95th percentile
    }

    [Fact]
    public void Heavy_tails_raise_the_multiplier()
    {
        var random = new Random(3);
        // Student-t with 2 degrees of freedom: far heavier tails than normal.
        var errors = Enumerable.Range(0, 5000).Select(i =>
        {
            var chi2 = Math.Pow(StandardNormal.Draw(random), 2) + Math.Pow(StandardNormal.Draw(random), 2);
            return new HeldOutError(i % 5, random.NextDouble(), 0.01 * StandardNormal.Draw(random) / Math.Sqrt(chi2 / 2), 1.0);
        }).ToList();

        var model = ErrorModelEstimator.Fit(errors, HitchhikerPrior.Relative.Scaled);

        // |t2| has its 95th percentile at 4.30 and median at 0.816: 4.30 / (0.816 / 0.6745) = 3.56 MAD-scaled units.
        Assert.InRange(model.Multiplier, 3.1, 4.0);
    }

    [Fact]
    public void A_tie_at_the_data_leaves_no_one_run_bins_behind_it()
    {
        // 50 held-out runs inside the fitted ranges (d = 0, |e| of 2–10%), then 30 beyond, two of them predicted to 0.1%. The tie
        // fills the first bin past five of its six shares; bins at the old shares would have been one run each from there, and
        // the two 0.1% runs, weighing w/s⁴, would have set σ0 near 0.0015 and the multiplier, read at d = 0, past 60.
        var inside = Enumerable.Range(0, 50).Select(i => new HeldOutError(i % 3, 0, (i % 2 == 0 ? 1 : -1) * 0.02 * (1 + i % 5), 1.0));
        var beyond = Enumerable.Range(0, 30).Select(j =>
        {
            var d = 0.03 * (j + 1);
            return new HeldOutError(3 + j % 3, d, j < 2 ? 0.001 : (j % 2 == 0 ? 1 : -1) * (0.06 + 0.1 * d), 1.0);
        });

        var model = ErrorModelEstimator.Fit([.. inside, .. beyond], HitchhikerPrior.Relative.Scaled);

        // The d = 0 bin's scale is its median |e| over 0.6745, 0.06 / 0.6745 = 0.089; σ0 carries it.
        Assert.InRange(model.Sigma0, 0.06, 0.12);
        Assert.InRange(model.Slope, 0.1, 0.35);
        Assert.InRange(model.Multiplier, ExtrapolationErrorModel.NormalMultiplier, 2.5);
    }

    [Fact]
    public void Few_runs_keep_the_prior_shape_and_fit_its_scale()
    {
        var prior = new ExtrapolationErrorModel(0.02, 0.04, 3, ErrorModelSource.Prior, 1, 1);
        // Six runs exactly twice the prior's median size: |e| = 2 · 0.6745 · σ_prior(d).
        var errors = Enumerable.Range(0, 6).Select(i => new HeldOutError(i, i * 0.5, (i % 2 == 0 ? 1 : -1) * 2 * 0.6744897501960817 * prior.Sigma(i * 0.5), 1.0)).ToList();

        var model = ErrorModelEstimator.Fit(errors, prior);

        Near.Relative(2 * prior.Sigma0, model.Sigma0, 1e-9, "sigma0");
        Near.Relative(2 * prior.Slope, model.Slope, 1e-9, "slope");
        Assert.Equal(6, model.CutPoints);
    }

    [Fact]
    public void Each_run_weighs_the_same_whatever_its_rows()
    {
        var runs = Synthetic(0.01, 0.03, 2000, 4);
        // The same runs, each split into four rows of a quarter weight: the same model.
        var rows = runs.SelectMany(e => Enumerable.Repeat(e with { Weight = 0.25 }, 4)).ToList();

        var a = ErrorModelEstimator.Fit(runs, HitchhikerPrior.Relative.Scaled);
        var b = ErrorModelEstimator.Fit(rows, HitchhikerPrior.Relative.Scaled);

        Near.Relative(a.Sigma0, b.Sigma0, 1e-9, "sigma0");
        Near.Relative(a.Slope, b.Slope, 1e-9, "slope");
        Near.Relative(a.Multiplier, b.Multiplier, 1e-9, "multiplier");
    }

    [Theory]
    [InlineData(0.003, 0.02, 0.05, 5)]
    [InlineData(0.005, 0.01, 0.02, 6)]
    public void Recovers_a_known_sigma_of_distance_and_unseen_decay(double sigma0, double slope, double decaySlope, int seed)
    {
        var random = new Random(seed);
        var errors = Enumerable.Range(0, 8000).Select(i =>
        {
            var (d, u) = (2 * random.NextDouble(), random.NextDouble());
            var sigma = Math.Sqrt(sigma0 * sigma0 + slope * slope * d * d + decaySlope * decaySlope * u * u);
            return new HeldOutError(i % 40, d, StandardNormal.Draw(random) * sigma, 1.0, u);
        }).ToList();

        var model = ErrorModelEstimator.Fit(errors, HitchhikerPrior.Relative.Scaled);

        Near.Relative(sigma0, model.Sigma0, 0.25, "sigma0");
        Near.Relative(slope, model.Slope, 0.1, "slope");
        Near.Relative(decaySlope, model.DecaySlope, 0.1, "decay slope");
        Assert.InRange(model.Multiplier, ExtrapolationErrorModel.NormalMultiplier, 2.15); // normal errors once σ follows u
    }

    [Fact]
    public void Errors_without_decay_keep_the_binned_estimator_and_no_decay_term()
    {
        var errors = Synthetic(0.01, 0.03, 6000, 1);

        var model = ErrorModelEstimator.Fit(errors, HitchhikerPrior.Relative.Scaled);

        Assert.Equal(0.0, model.DecaySlope);
        Assert.Equal(model.Sigma(1.5), model.Sigma(1.5, decay: 0.8)); // a scaling law's σ ignores u
    }
}
