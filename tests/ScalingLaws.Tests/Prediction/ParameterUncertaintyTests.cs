using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

public sealed class ParameterUncertaintyTests
{
    private static readonly double[] Values = [1.8, 480, 2100, 0.35, 0.37];

    [Fact]
    public void The_delta_method_matches_finite_differences_on_the_fitting_scale()
    {
        var law = ChinchillaLaw.Instance;
        double[,] covariance =
        {
            { 4e-4, 1e-4, 0, 0, 0 },
            { 1e-4, 9e-2, 0, 2e-3, 0 },
            { 0, 0, 5e-2, 0, 1e-3 },
            { 0, 2e-3, 0, 3e-4, 0 },
            { 0, 0, 1e-3, 0, 2e-4 },
        };

        var sigma = ParameterUncertainty.LogSigma(law, Values, covariance, 70e9, 1.4e12);

        // ∂ ln L / ∂θ by central differences on θ = the law's fitting scale.
        var theta = law.ToInternal(Values);
        var gradient = new double[5];
        for (var j = 0; j < 5; j++)
        {
            const double h = 1e-6;
            var (up, down) = ((double[])theta.Clone(), (double[])theta.Clone());
            up[j] += h;
            down[j] -= h;
            gradient[j] = (Math.Log(law.Predict(law.ToNatural(up), 70e9, 1.4e12)) - Math.Log(law.Predict(law.ToNatural(down), 70e9, 1.4e12))) / (2 * h);
        }
        var variance = 0.0;
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 5; j++)
                variance += gradient[i] * covariance[i, j] * gradient[j];
        }
        Near.Relative(Math.Sqrt(variance), sigma, 1e-6, "sqrt(J' Σ J)");
    }

    [Fact]
    public void A_covariance_of_the_wrong_size_gives_no_term()
    {
        Assert.True(double.IsNaN(ParameterUncertainty.LogSigma(ChinchillaLaw.Instance, Values, new double[3, 3], 70e9, 1.4e12)));
    }

    [Fact]
    public void A_bootstrap_interval_converts_to_a_standard_error_of_log_loss()
    {
        var sigma = ParameterUncertainty.LogSigma(new ScalingLaws.Uncertainty.Uncertainty(2.0, 0.01, 2.0 * Math.Exp(-0.0392), 2.0 * Math.Exp(0.0392)));

        Near.Relative(0.0392 / 1.959963984540054, sigma, 1e-12, "(ln U − ln L) / (2 · 1.96)");
    }
}
