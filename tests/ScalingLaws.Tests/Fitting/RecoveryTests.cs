using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Fits synthetic sweeps drawn from known laws (6 sizes 1e7..3e9 × 8 token counts 1e8..1e11,
/// multiplicative log-normal noise σ = 0.5 %, seed 1) and checks the parameters come back.
/// </summary>
/// <remarks>
/// Tolerances are about 3× the root-mean-square error over 8 noise seeds, measured once with this
/// fitter: within them any reasonable seed passes, while a fit in the wrong basin or a biased
/// objective fails. Coefficients (E, A, B, Nc, Dc, xc) are fitted on the log scale, so their
/// tolerances are on ln(fitted/true). Exponents are far better determined than coefficients,
/// which trade off against them along the valley.
/// </remarks>
public sealed class RecoveryTests
{
    private const double Noise = 0.005;

    private static void AssertRecovered(FitResult fit, double[] truth, double[] tolerance)
    {
        for (var j = 0; j < truth.Length; j++)
        {
            var parameter = fit.Law.Parameters[j];
            var error = parameter.Scale == ParameterScale.Log ? Math.Log(fit.Values[j] / truth[j]) : fit.Values[j] - truth[j];
            Assert.True(
                Math.Abs(error) <= tolerance[j],
                $"{fit.Law.Name}: {parameter.Name} = {fit.Values[j]:G6}, true {truth[j]:G6}, error {error:G3} on the {parameter.Scale} scale exceeds {tolerance[j]}");
        }
    }

    private static void AssertExact(FitResult fit, double[] truth)
    {
        // Noise-free data puts the optimum exactly at the truth (objective 0); the polish runs to a
        // gradient of 1e-10, which leaves ~1e-9 relative error (measured), well inside 1e-4.
        for (var j = 0; j < truth.Length; j++)
            Assert.True(Math.Abs(fit.Values[j] / truth[j] - 1) <= 1e-4, $"{fit.Law.Parameters[j].Name} = {fit.Values[j]:R}, true {truth[j]}");
        Assert.True(fit.ObjectiveValue < 1e-12, $"objective {fit.ObjectiveValue}");
        Assert.True(fit.Metrics.R2 > 1 - 1e-9);
    }

    [Fact]
    public void Chinchilla_parameters_are_recovered()
    {
        var truth = Synthetic.Chinchilla;
        var fit = new LawFitter(ChinchillaLaw.Instance).Fit(Synthetic.Sweep(ChinchillaLaw.Instance, truth, Noise));

        // RMS over 8 seeds: ln E 0.019, ln A 0.17, ln B 0.031, α 0.011, β 0.0018.
        AssertRecovered(fit, truth, [0.06, 0.5, 0.1, 0.035, 0.006]);
        Assert.Equal(4500, fit.Starts);
        Assert.Equal(48, fit.Rows);
        // The fit explains the data down to the noise: RMSE ≈ 0.5 % of a loss of ~3.
        Assert.InRange(fit.Metrics.Mre, 0.001, 0.01);
    }

    [Fact]
    public void Chinchilla_noise_free_is_exact()
    {
        // One start (Hoffmann's rounded values) rather than the grid: the noisy test above covers
        // the grid, and a single start keeps the suite fast.
        var truth = Synthetic.Chinchilla;
        var options = new FitOptions { Start = [1.69, 406.4, 410.7, 0.34, 0.28] };
        AssertExact(new LawFitter(ChinchillaLaw.Instance, options).Fit(Synthetic.Sweep(ChinchillaLaw.Instance, truth, 0)), truth);
    }

    [Fact]
    public void Kaplan_parameters_are_recovered()
    {
        var truth = Synthetic.Kaplan;
        var fit = new LawFitter(KaplanLaw.Instance).Fit(Synthetic.Sweep(KaplanLaw.Instance, truth, Noise));

        // RMS over 8 seeds: ln Nc 0.19, ln Dc 0.13, αN 0.0010, αD 0.0011.
        AssertRecovered(fit, truth, [0.6, 0.4, 0.004, 0.004]);
        Assert.Equal(256, fit.Starts); // 4 × 4 × 4 × 4
    }

    [Fact]
    public void Kaplan_noise_free_is_exact()
    {
        var truth = Synthetic.Kaplan;
        AssertExact(new LawFitter(KaplanLaw.Instance).Fit(Synthetic.Sweep(KaplanLaw.Instance, truth, 0)), truth);
    }

    [Fact]
    public void Power_law_in_compute_is_recovered()
    {
        // L = 1.8 + 500/C^0.15 over C = 6ND from 6e15 to 1.8e21: losses 2.0 to 4.2.
        var law = new OffsetPowerLaw(Field.Flops);
        double[] truth = [1.8, 500, 0.15];
        var fit = new LawFitter(law).Fit(Synthetic.Sweep(law, truth, Noise));

        // RMS over 8 seeds: ln E 0.013, ln A 0.14, α 0.004.
        AssertRecovered(fit, truth, [0.04, 0.45, 0.012]);
        Assert.Equal(150, fit.Starts); // 5 × 6 × 5
    }

    [Fact]
    public void Power_law_in_compute_noise_free_is_exact()
    {
        var law = new OffsetPowerLaw(Field.Flops);
        double[] truth = [1.8, 500, 0.15];
        AssertExact(new LawFitter(law).Fit(Synthetic.Sweep(law, truth, 0)), truth);
    }

    [Fact]
    public void Pure_power_law_in_tokens_is_recovered()
    {
        // L = (1.8e13/D)^0.095: 3.2 at 1e8 tokens down to 1.6 at 1e11.
        var law = new PurePowerLaw(Field.Tokens);
        double[] truth = [1.8e13, 0.095];
        var fit = new LawFitter(law).Fit(Synthetic.Sweep(law, truth, Noise));

        // RMS over 8 seeds: ln xc 0.027, α 0.00026 (linear in log space, so tightly determined).
        AssertRecovered(fit, truth, [0.08, 0.001]);
        Assert.Equal(25, fit.Starts);
    }

    [Fact]
    public void Pure_power_law_in_tokens_noise_free_is_exact()
    {
        var law = new PurePowerLaw(Field.Tokens);
        double[] truth = [1.8e13, 0.095];
        AssertExact(new LawFitter(law).Fit(Synthetic.Sweep(law, truth, 0)), truth);
    }

    /// <summary>Muennighoff et al. (2023) values, the Hitchhiker's guide's single start: E, A, B, α, β.</summary>
    private static double[] Muennighoff => [Math.Exp(0.6254804), Math.Exp(6.255414), Math.Exp(7.3049974), 0.3526596, 0.3526596];

    [Fact]
    public void Least_squares_from_the_Muennighoff_start_recovers_chinchilla()
    {
        var truth = Synthetic.Chinchilla;
        var options = new FitOptions { Objective = FitObjective.LeastSquares, Start = Muennighoff };
        var fit = new LawFitter(ChinchillaLaw.Instance, options).Fit(Synthetic.Sweep(ChinchillaLaw.Instance, truth, Noise));

        // RMS over 8 seeds: ln E 0.017, ln A 0.14, ln B 0.034, α 0.009, β 0.002.
        AssertRecovered(fit, truth, [0.055, 0.45, 0.1, 0.03, 0.006]);
        Assert.Equal(1, fit.Starts);
        Assert.Equal(1, fit.ConvergedStarts);
        Assert.Equal(FitObjective.LeastSquares, fit.Objective);
        // A single start has no grid, so no grid-edge warnings.
        Assert.DoesNotContain(fit.Diagnostics, d => d is OnStartGridEdge);
    }

    [Fact]
    public void Least_squares_from_the_Muennighoff_start_noise_free_is_exact()
    {
        var truth = Synthetic.Chinchilla;
        var options = new FitOptions { Objective = FitObjective.LeastSquares, Start = Muennighoff };
        AssertExact(new LawFitter(ChinchillaLaw.Instance, options).Fit(Synthetic.Sweep(ChinchillaLaw.Instance, truth, 0)), truth);
    }

    [Fact]
    public void Huber_and_least_squares_agree_on_clean_data()
    {
        // With small Gaussian noise and no outliers the two objectives estimate the same thing;
        // their exponents should differ by much less than the recovery tolerance.
        var truth = Synthetic.Chinchilla;
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, truth, Noise, seed: 4);
        var huber = new LawFitter(ChinchillaLaw.Instance, new FitOptions { Start = Muennighoff }).Fit(table);
        var squares = new LawFitter(ChinchillaLaw.Instance, new FitOptions { Start = Muennighoff, Objective = FitObjective.LeastSquares }).Fit(table);

        Assert.Equal(huber["beta"], squares["beta"], 0.01);
        Assert.Equal(huber["alpha"], squares["alpha"], 0.03);
    }

    [Fact]
    public void Huber_ignores_an_outlier_that_moves_least_squares()
    {
        // One row at 1.5× its loss: Huber caps its pull at δ per unit of gradient, least squares does not.
        var truth = Synthetic.Chinchilla;
        var clean = Synthetic.Sweep(ChinchillaLaw.Instance, truth, 0);
        var rows = clean.Rows.ToArray();
        rows[20] = rows[20] with { Loss = rows[20].Loss * 1.5 };
        var table = new ObservationTable(rows, "outlier");
        var huber = new LawFitter(ChinchillaLaw.Instance, new FitOptions { Start = Muennighoff }).Fit(table);
        var squares = new LawFitter(ChinchillaLaw.Instance, new FitOptions { Start = Muennighoff, Objective = FitObjective.LeastSquares }).Fit(table);

        var huberError = Math.Abs(huber["beta"] - truth[4]);
        var squaresError = Math.Abs(squares["beta"] - truth[4]);
        Assert.True(huberError < squaresError, $"Huber β error {huberError}, least squares {squaresError}");
        Assert.True(huberError < 0.01, $"Huber β error {huberError}");
    }
}
