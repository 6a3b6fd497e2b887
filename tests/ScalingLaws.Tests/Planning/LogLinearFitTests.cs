using ScalingLaws.Planning;
using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// The one power-law fit in log space: exact data gives back its constants, the standard error of a slope is the
/// textbook one, a one-input power law (IsoFLOP and envelope exponents) is the same fit as MathNet's line on the logs,
/// and Step Law's forms with fitted constants read as the published ones do.
/// </summary>
public sealed class LogLinearFitTests
{
    [Fact]
    public void Exact_power_law_data_gives_back_its_scale_and_exponents()
    {
        double[][] inputs = [[1e8, 2e9], [3e8, 2e9], [1e9, 2e10], [3e8, 2e11], [1e9, 2e11]];
        double[] y = [.. inputs.Select(x => 2 * Math.Pow(x[0], 0.5) * Math.Pow(x[1], -0.3))];

        var fit = LogLinearFit.Of(inputs, y);

        Assert.Equal(Math.Log(2), fit.LogScale, 1e-9);
        Assert.Equal(0.5, fit.Exponents[0], 1e-12);
        Assert.Equal(-0.3, fit.Exponents[1], 1e-12);
        Assert.All(fit.ExponentErrors, e => Assert.InRange(e, 0, 1e-12));
    }

    [Fact]
    public void The_exponent_error_of_one_input_is_the_textbook_standard_error_of_a_slope()
    {
        var (x, y) = NoisyPowerLaw(seed: 7);
        var fit = LogLinearFit.Of([.. x.Select(v => new[] { v })], y);

        var (lnX, lnY) = (x.Select(v => Math.Log(v)).ToArray(), y.Select(v => Math.Log(v)).ToArray());
        var (intercept, slope) = MathNet.Numerics.Fit.Line(lnX, lnY);
        var squares = lnX.Zip(lnY, (u, v) => Math.Pow(v - intercept - slope * u, 2)).Sum();
        var spread = lnX.Sum(u => Math.Pow(u - lnX.Average(), 2));
        Near.Relative(Math.Sqrt(squares / (x.Length - 2) / spread), fit.ExponentErrors[0], 1e-9, "slope error");
    }

    [Fact]
    public void A_power_law_is_the_one_input_log_linear_fit_and_agrees_with_a_line_on_the_logs()
    {
        var (x, y) = NoisyPowerLaw(seed: 3);

        var power = PowerLawFit.Of(x, y);
        var general = LogLinearFit.Of([.. x.Select(v => new[] { v })], y);
        var (intercept, slope) = MathNet.Numerics.Fit.Line([.. x.Select(v => Math.Log(v))], [.. y.Select(v => Math.Log(v))]);

        Assert.Equal(general.Exponents[0], power.Exponent, 1e-15);
        Assert.Equal(general.Scale, power.Coefficient, 1e-15 * general.Scale);
        Assert.Equal(slope, power.Exponent, 1e-12);
        Near.Relative(Math.Exp(intercept), power.Coefficient, 1e-10, "coefficient");
    }

    [Fact]
    public void Step_laws_forms_with_fitted_constants_read_and_predict_as_the_published_law()
    {
        var fit = new LogLinearFit(Math.Log(StepLaw.LearningRateScale), [StepLaw.LearningRateParamsExponent, StepLaw.LearningRateTokensExponent], 0, [0, 0]);
        var batch = new LogLinearFit(Math.Log(StepLaw.BatchScale), [StepLaw.BatchTokensExponent], 0, [0]);
        var fitted = new FittedHyperparameterLaw(new HyperparameterSweepFit([], fit, batch, null), "test");

        Assert.Equal(StepLaw.Instance.Formula, fitted.Formula);
        Assert.Equal("lr = 1.79·N^-0.713·D^0.307, batch = 0.58·D^0.571 tokens", StepLaw.Instance.Formula);
        var (published, ours) = (StepLaw.Instance.At(7e9, 1.4e12, double.NaN), fitted.At(7e9, 1.4e12, double.NaN));
        Near.Relative(published.LearningRate, ours.LearningRate, 1e-12, "lr");
        Near.Relative(published.BatchTokens, ours.BatchTokens, 1e-12, "batch");
    }

    // Optimal sizes against compute as Approach 2 sees them: N = 0.1·C^0.5 with 5 % log-normal scatter, 9 budgets.
    private static (double[] Flops, double[] Params) NoisyPowerLaw(int seed)
    {
        var random = new Random(seed);
        double[] flops = [.. Enumerable.Range(0, 9).Select(i => 6e18 * Math.Pow(10, 0.3 * i))];
        return (flops, [.. flops.Select(c => 0.1 * Math.Sqrt(c) * Math.Exp(0.05 * (2 * random.NextDouble() - 1)))]);
    }
}
