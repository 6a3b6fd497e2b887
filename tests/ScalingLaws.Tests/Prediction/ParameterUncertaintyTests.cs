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

    [Fact]
    public void An_undetermined_parameter_is_held_at_its_value_and_the_others_keep_their_covariance_given_it()
    {
        // ln E undetermined (standard error 1e58) and correlated 0.99 with ln B, whose own standard error is 0.2: given ln E, the
        // variance of ln B is 0.04·(1 − 0.99²) = 7.96e-4; the other entries do not involve ln E and stay.
        double[,] covariance =
        {
            { 1e116, 0, 0.99 * 1e58 * 0.2, 0, 0 },
            { 0, 9e-2, 0, 2e-3, 0 },
            { 0.99 * 1e58 * 0.2, 0, 0.04, 0, 0 },
            { 0, 2e-3, 0, 3e-4, 0 },
            { 0, 0, 0, 0, 2e-4 },
        };

        var held = ParameterUncertainty.HoldUndetermined(covariance)!;

        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(0, held[0, i]));
        Near.Relative(0.04 * (1 - 0.99 * 0.99), held[2, 2], 1e-9, "var ln B given ln E");
        Assert.Equal(9e-2, held[1, 1]);
        Assert.Equal(2e-3, held[1, 3]);
        Assert.Equal(2e-4, held[4, 4]);
        Assert.True(ParameterUncertainty.LogSigma(ChinchillaLaw.Instance, Values, held, 70e9, 1.4e12) < 0.05, "a finite, local spread");
    }

    [Fact]
    public void A_determined_covariance_is_used_as_it_is()
    {
        double[,] covariance = { { 4e-4, 1e-4 }, { 1e-4, 9e-2 } };

        Assert.Same(covariance, ParameterUncertainty.HoldUndetermined(covariance));
    }
}
