using ScalingLaws.Fitting;
using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.Temporal;

/// <summary>The per-position laws: analytic gradients, exact recovery, recovery under noise, and which law wins on whose data.</summary>
public sealed class PositionLawTests
{
    public static TheoryData<string> Laws => ["hyperbolic", "power"];

    private static PositionLaw Law(string name) => name == "hyperbolic" ? HyperbolicPositionLaw.Instance : PowerPositionLaw.Instance;

    [Theory]
    [MemberData(nameof(Laws))]
    public void Gradient_matches_central_differences(string name)
    {
        var law = Law(name);
        var grid = new PositionGrid(64);
        // Data off the law so that Huber residuals fall on both sides of δ.
        var losses = grid.Position.Select(i => 5.0 / (1 + 0.3 * i) + 3 + 0.05 * Math.Sin(i)).ToArray();
        var objective = new ModelObjective(
            new PositionModel(law, grid, losses), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.HuberLog, LogHuber.Delta);
        double[] z = [Math.Log(4.5), name == "hyperbolic" ? Math.Log(0.4) : 0.7, Math.Log(2.9)];
        var gradient = new double[3];
        objective.Evaluate(z, gradient);
        for (var j = 0; j < 3; j++)
        {
            var (plus, minus) = ((double[])z.Clone(), (double[])z.Clone());
            plus[j] += 1e-6;
            minus[j] -= 1e-6;
            var numeric = (objective.Evaluate(plus, new double[3]) - objective.Evaluate(minus, new double[3])) / 2e-6;
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)), $"∂/∂z{j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData("hyperbolic", 5.0, 0.3, 3.0)]
    [InlineData("hyperbolic", 2.0, 0.02, 1.5)]
    [InlineData("power", 4.0, 0.6, 2.5)]
    public void Noiseless_curves_are_recovered(string name, double a0, double shape, double a2)
    {
        var law = Law(name);
        var losses = Enumerable.Range(1, 512).Select(i => law.Predict([a0, shape, a2], i)).ToArray();

        var fit = new PositionLawFitter(law, new PositionGrid(512)).Fit(losses);

        Assert.Equal(ScalingLaws.Fitting.FitStatus.Converged, fit.Status);
        Near.Relative(a0, fit.Values[0], 1e-5, "a0");
        Near.Relative(shape, fit.Values[1], 1e-5, law.ParameterNames[1]);
        Near.Relative(a2, fit.Values[2], 1e-6, "a2");
        Assert.True(fit.Metrics.R2 > 1 - 1e-10);
    }

    [Fact]
    public void Noisy_checkpoints_recover_the_generator_parameters()
    {
        var run = PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 1024, Checkpoints = 8, Seed = 3 });

        var comparison = PositionComparison.Of(run.Losses);

        for (var k = 0; k < run.Losses.Count; k++)
        {
            var (a0, a1, a2) = run.TrueParameters[k];
            var fit = comparison.Checkpoints[k].Hyperbolic.Values;
            // 0.5% noise on 1,024 positions: a2 (set by the many late positions) to 0.3%, a0 and a1 (set by the first few) to 5%.
            Near.Relative(a0, fit[0], 0.05, $"a0 at checkpoint {k}");
            Near.Relative(a1, fit[1], 0.05, $"a1 at checkpoint {k}");
            Near.Relative(a2, fit[2], 0.003, $"a2 at checkpoint {k}");
        }
    }

    [Fact]
    public void Each_law_wins_on_its_own_data()
    {
        PositionLosses Run(PositionLaw law, double[] values) => new("r", "test",
            Enumerable.Range(1, 3).Select(k => new PositionCheckpoint(k * 100, k * 1e8, null,
                [.. Enumerable.Range(1, 256).Select(i => law.Predict([values[0] / k, values[1], values[2]], i) * (1 + 0.002 * Math.Sin(7.0 * i * k)))])));

        var onHyperbolas = PositionComparison.Of(Run(HyperbolicPositionLaw.Instance, [5, 0.3, 3]));
        var onPowers = PositionComparison.Of(Run(PowerPositionLaw.Instance, [4, 0.5, 2]));

        Assert.IsType<HyperbolicPositionLaw>(onHyperbolas.Winner);
        Assert.Equal(3, onHyperbolas.HyperbolicWins);
        Assert.IsType<PowerPositionLaw>(onPowers.Winner);
        Assert.Equal(0, onPowers.HyperbolicWins);
        Assert.True(onHyperbolas.Hyperbolic.R2 > 0.999 && onPowers.Power.R2 > 0.999);
    }
}
