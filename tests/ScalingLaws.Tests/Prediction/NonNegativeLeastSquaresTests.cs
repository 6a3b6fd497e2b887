using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

public sealed class NonNegativeLeastSquaresTests
{
    [Fact]
    public void A_non_negative_exact_fit_is_found()
    {
        var rows = Enumerable.Range(0, 6).Select(i => (new[] { 1.0, i }, 2.0 + 3.0 * i, 1.0 + i)).ToArray();

        var theta = NonNegativeLeastSquares.Solve(rows);

        Assert.Equal(2.0, theta[0], 10);
        Assert.Equal(3.0, theta[1], 10);
    }

    [Fact]
    public void A_coefficient_that_would_fall_below_zero_is_held_at_zero()
    {
        // y = 5 − x: the unconstrained slope is −1; held at 0, the intercept is the weighted mean of y.
        var rows = Enumerable.Range(0, 5).Select(i => (new[] { 1.0, i }, 5.0 - i, i + 1.0)).ToArray();

        var theta = NonNegativeLeastSquares.Solve(rows);

        Assert.Equal(0.0, theta[1]);
        Assert.Equal(rows.Sum(r => r.Item2 * r.Item3) / rows.Sum(r => r.Item3), theta[0], 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Three_coefficients_meet_the_optimality_conditions_of_the_constrained_problem(int seed)
    {
        // Karush–Kuhn–Tucker: the gradient of Σ w·(x·θ − y)² is 0 along every positive coefficient and ≥ 0 along every zero one.
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 40).Select(_ =>
        {
            var x = new[] { 1.0, 3 * random.NextDouble(), 2 * random.NextDouble() };
            return (x, 0.5 + 0.8 * x[1] - 0.6 * x[2] + 0.3 * random.NextDouble(), 0.5 + random.NextDouble());
        }).ToArray();

        var theta = NonNegativeLeastSquares.Solve(rows);

        Assert.Contains(theta, t => t == 0); // the third coefficient's negative truth is held at 0
        for (var j = 0; j < 3; j++)
        {
            var gradient = rows.Sum(r => 2 * r.Item3 * r.x[j] * (r.x.Zip(theta, (a, b) => a * b).Sum() - r.Item2));
            Assert.True(theta[j] >= 0, $"coefficient {j} is {theta[j]}");
            if (theta[j] > 0)
                Assert.True(Math.Abs(gradient) < 1e-9, $"gradient {gradient:G3} along free coefficient {j}");
            else
                Assert.True(gradient >= -1e-9, $"gradient {gradient:G3} along coefficient {j} held at 0: it should be free");
        }
    }
}
