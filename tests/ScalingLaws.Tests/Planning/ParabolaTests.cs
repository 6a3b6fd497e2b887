using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

public sealed class ParabolaTests
{
    [Fact]
    public void Recovers_an_exact_parabola_at_the_scale_of_ln_N()
    {
        double[] x = [.. Enumerable.Range(0, 9).Select(i => 18 + 0.6 * i)];
        double[] y = [.. x.Select(v => 2.1 - 0.35 * v + 0.0085 * v * v)];
        var parabola = Parabola.Fit(x, y);
        Assert.Equal(2.1, parabola.C0, 1e-8);
        Assert.Equal(-0.35, parabola.C1, 1e-9);
        Assert.Equal(0.0085, parabola.C2, 1e-11);
        Assert.Equal(0.35 / (2 * 0.0085), parabola.Vertex, 1e-7);
    }

    [Fact]
    public void Agrees_with_MathNets_QR_fit_on_noisy_points()
    {
        var random = new Random(3);
        double[] x = [.. Enumerable.Range(0, 12).Select(_ => 17 + 6 * random.NextDouble())];
        double[] y = [.. x.Select(v => 3 - 0.2 * v + 0.005 * v * v + 0.01 * (random.NextDouble() - 0.5))];
        var expected = MathNet.Numerics.Fit.Polynomial(x, y, 2);
        var parabola = Parabola.Fit(x, y);
        Assert.Equal(expected[2], parabola.C2, 1e-10);
        Assert.Equal(-expected[1] / (2 * expected[2]), parabola.Vertex, 1e-6);
    }

    [Fact]
    public void Two_distinct_sizes_or_a_downward_parabola_have_no_vertex()
    {
        Assert.True(double.IsNaN(Parabola.Fit([18, 18, 20, 20], [2.5, 2.6, 2.4, 2.45]).Vertex));
        Assert.True(double.IsNaN(Parabola.Fit([18, 19, 20], [2.5, 2.7, 2.5]).Vertex));
        Assert.Equal(19, Parabola.Fit([18, 19, 20], [2.5, 2.3, 2.5]).Vertex, 1e-9);
    }
}
