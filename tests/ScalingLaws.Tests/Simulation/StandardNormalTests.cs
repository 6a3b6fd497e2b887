using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Simulation;

/// <summary>The one Gaussian draw: Box–Muller's cosine branch, seeded, with the moments of N(0, 1).</summary>
public sealed class StandardNormalTests
{
    [Fact]
    public void Is_box_muller_on_two_uniforms_in_order()
    {
        var (draws, uniforms) = (new Random(7), new Random(7));
        for (var i = 0; i < 100; i++)
        {
            var (u1, u2) = (1 - uniforms.NextDouble(), uniforms.NextDouble());
            Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), StandardNormal.Draw(draws));
        }
    }

    [Fact]
    public void Has_mean_zero_and_variance_one()
    {
        // 200,000 draws: the standard error of the mean is 0.0022 and of the variance 0.0032; 5 of them is the tolerance.
        var random = new Random(11);
        var x = Enumerable.Range(0, 200_000).Select(_ => StandardNormal.Draw(random)).ToArray();
        var mean = x.Average();
        Assert.Equal(0, mean, 0.011);
        Assert.Equal(1, x.Select(v => (v - mean) * (v - mean)).Average(), 0.016);
    }
}
