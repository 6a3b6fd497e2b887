using ScalingLaws.Downstream;
using ScalingLaws.Fitting;

namespace ScalingLaws.Tests.Downstream;

/// <summary>The accuracy laws' analytic gradients, and recovery of known laws from synthetic tasks with binomial noise.</summary>
public sealed class AccuracyLawTests
{
    public static TheoryData<AccuracyForm, double[], double[]> Laws => new()
    {
        // law, truth (natural units), inputs spanning the synthetic runs
        { AccuracyForm.Sigmoid, [0.25, 0.85, 3, 3.0], [2.2, 2.6, 3.0, 3.4, 4.0] },
        { AccuracyForm.Exponential, [0.8, 6, 1.2], [2.2, 2.6, 3.0, 3.4, 4.0] },
        { AccuracyForm.Direct, [0.25, 0.8, 0.35, 1e20], [1e19, 1e20, 1e21, 1e22] },
    };

    [Theory]
    [MemberData(nameof(Laws))]
    public void Gradient_matches_central_differences(AccuracyForm form, double[] truth, double[] inputs)
    {
        var law = AccuracyLaw.Of(form);
        var theta = law.Parameters.Select((p, j) => p.ToInternal(truth[j])).ToArray();
        var gradient = new double[theta.Length];
        foreach (var x in inputs)
        {
            law.Evaluate(theta, x, gradient);
            for (var j = 0; j < theta.Length; j++)
            {
                var h = 1e-6 * Math.Max(1, Math.Abs(theta[j]));
                var shifted = (double[])theta.Clone();
                shifted[j] += h;
                var plus = law.Evaluate(shifted, x, []);
                shifted[j] -= 2 * h;
                var numeric = (plus - law.Evaluate(shifted, x, [])) / (2 * h);
                Assert.True(Math.Abs(gradient[j] - numeric) <= 1e-7 * Math.Max(1, Math.Abs(numeric)),
                    $"{form}: ∂acc/∂{law.Parameters[j].InternalName} at {x:G3}: analytic {gradient[j]:G8}, numeric {numeric:G8}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sigmoid_is_recovered_from_binomial_scores(int seed)
    {
        // 48 rows of 2,000 questions each: the binomial error of a score is about 0.011.
        var fit = Recovered(SigmoidAccuracyLaw.Instance, [0.25, 0.85, 3, 3.0], seed);
        Assert.Equal(0.25, fit.Values[0]); // the chance level is held, not fitted
        Assert.InRange(fit.Values[1], 0.80, 0.90);
        Assert.InRange(fit.Values[2], 2.4, 3.6);
        Assert.InRange(fit.Values[3], 2.9, 3.1);
        Assert.InRange(fit.Scatter, 0.007, 0.015);
        Assert.True(fit.Predictable);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Exponential_error_law_is_recovered(int seed)
    {
        var fit = Recovered(ExponentialErrorLaw.Instance, [0.8, 6, 1.2], seed);
        // a and b trade off along the data; the accuracy at the data's losses is what is determined, to ~1.5 points.
        foreach (var loss in new[] { 2.4, 3.0, 3.6 })
            Assert.InRange(ExponentialErrorLaw.Instance.Predict(fit.Values, loss) - ExponentialErrorLaw.Instance.Predict([0.8, 6, 1.2], loss), -0.015, 0.015);
        Assert.InRange(fit.Values[2], 0.8, 1.6);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Direct_law_is_recovered(int seed)
    {
        var fit = Recovered(DirectComputeLaw.Instance, [0.25, 0.8, 0.35, 1e20], seed);
        Assert.InRange(fit.Values[1], 0.75, 0.85);
        Assert.InRange(fit.Values[2], 0.30, 0.40);
        Assert.InRange(Math.Log10(fit.Values[3]), 19.7, 20.3);
    }

    [Fact]
    public void Standard_errors_are_calibrated_over_thirty_draws()
    {
        // Over 30 seeded draws of the direct law, about 95% of the free parameters' errors should be within 2 SE.
        var truth = new double[] { 0.25, 0.8, 0.35, 1e20 };
        var z = Enumerable.Range(0, 30)
            .Select(seed => new AccuracyFitter(DirectComputeLaw.Instance).Fit(SyntheticTasks.Draw(DirectComputeLaw.Instance, truth, 0.25, 2000, seed)))
            .SelectMany(fit => fit.Fit!.Parameters.Select((p, j) => (p, j)).Where(e => e.p.Role == ParameterRole.Free).Select(e => (e.p.Value - truth[e.j]) / e.p.StandardError))
            .ToList();
        Assert.InRange(z.Count(v => Math.Abs(v) <= 2) / (double)z.Count, 0.88, 1.0);
    }

    [Fact]
    public void The_interval_of_a_fitted_law_covers_the_truth_at_a_held_out_size()
    {
        // Fit the 6 smaller sizes, predict the 2 larger: the truth must lie in the 95% interval in most of 20 draws.
        var truth = new double[] { 0.25, 0.85, 3, 3.0 };
        var covered = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var task = SyntheticTasks.Draw(SigmoidAccuracyLaw.Instance, truth, 0.25, 2000, seed);
            var fit = new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(task.Where(r => r.Params < 2e9));
            var largest = task.Rows.Where(r => r.Params > 1e10).ToList();
            covered += largest.Count(r => fit.Predict(r.Loss).Contains(r.Score));
        }
        Assert.InRange(covered / (20.0 * 6), 0.85, 1.0);
    }

    // Each free parameter within 3 of its curvature standard errors of the truth: the errors are honest.
    /// <summary>
    /// Fits <paramref name="law"/> to a synthetic task drawn from it (2,000 questions a row, chance 0.25) and asserts the fit
    /// converged with every free parameter within three standard errors of <paramref name="truth"/>.
    /// </summary>
    private static AccuracyFit Recovered(AccuracyLaw law, double[] truth, int seed)
    {
        var fit = new AccuracyFitter(law).Fit(SyntheticTasks.Draw(law, truth, 0.25, 2000, seed));
        Assert.Equal(FitStatus.Converged, fit.Fit!.Status);
        foreach (var (estimate, j) in fit.Fit!.Parameters.Select((p, j) => (p, j)).Where(e => e.p.Role == ParameterRole.Free))
            Assert.True(Math.Abs(estimate.Value - truth[j]) <= 3 * estimate.StandardError, $"{estimate.Name} = {estimate.Value:G4} ± {estimate.StandardError:G3}, truth {truth[j]:G4}");
        return fit;
    }
}
