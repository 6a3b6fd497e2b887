using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Laws;

/// <summary>
/// Chinchilla's one-pass Huber-on-ln objective (<see cref="IHuberLogKernel"/>, what the grid fit evaluates) against the
/// engine's generic path (ln L̂ and Jacobian, then row terms, then dot products): the same sums in another order.
/// </summary>
public sealed class HuberLogKernelTests
{
    /// <summary>The same law on the same rows, hidden from the objective's check for a kernel: the generic path.</summary>
    private sealed class Generic(IFitModel inner) : IFitModel
    {
        public string Name => inner.Name;
        public ImmutableArray<LawParameter> Parameters => inner.Parameters;
        public PredictionScale Scale => inner.Scale;
        public ReadOnlyMemory<double> Observed => inner.Observed;
        public ReadOnlyMemory<double> LogObserved => inner.LogObserved;
        public int BlockCount => inner.BlockCount;
        public (int Start, int Length) Block(int block) => inner.Block(block);
        public int ScratchLength => inner.ScratchLength;
        public void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch) =>
            inner.Predict(theta, block, prediction, jacobian, scratch);
    }

    // 1 and 3 rows: only the padded last vector; 4: one whole vector; 7 and 9: vectors and a padded tail; 2,501: three
    // blocks (1,024 + 1,024 + 453). Log residuals up to ±5%, so most rows lie on Huber's linear branch, some on the quadratic.
    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    [InlineData(7, false)]
    [InlineData(9, true)]
    [InlineData(245, false)]
    [InlineData(2501, false)]
    [InlineData(2501, true)]
    public void The_one_pass_kernel_gives_the_generic_objective_and_gradient(int rows, bool weighted)
    {
        var law = ChinchillaLaw.Instance;
        var random = new Random(rows);
        var table = new ObservationTable(Enumerable.Range(0, rows).Select(_ =>
        {
            var n = Math.Exp(Math.Log(1e7) + random.NextDouble() * Math.Log(1e4));
            var d = Math.Exp(Math.Log(1e8) + random.NextDouble() * Math.Log(1e4));
            return new Observation(n, d, 6 * n * d, law.Predict(Synthetic.Chinchilla, n, d) * Math.Exp(0.05 * (2 * random.NextDouble() - 1)));
        }), "kernel");
        var model = new ScalingLawModel(law, FitData.Create(table, law));
        var layout = ParameterLayout.Create(law.Parameters, ParameterConstraints.None);
        double[]? weights = weighted ? [.. Enumerable.Range(0, rows).Select(_ => (double)random.Next(4))] : null;
        var fused = new ModelObjective(model, layout, FitObjective.HuberLog, 1e-3) { Weights = weights };
        var generic = new ModelObjective(new Generic(model), layout, FitObjective.HuberLog, 1e-3) { Weights = weights };
        // Away from the generating values too, where every residual moves.
        foreach (var values in new[] { Synthetic.Chinchilla, [1.5, 300, 2500, 0.3, 0.35] })
        {
            var z = law.ToInternal(values);
            var (fusedGradient, genericGradient) = (new double[5], new double[5]);

            var f = fused.Evaluate(z, fusedGradient);
            var g = generic.Evaluate(z, genericGradient);

            // Rows summed per vector lane instead of in one sum: agreement to ~1e-14 relative, 1e-12 allowed.
            Assert.True(f > 0);
            Assert.Equal(g, f, 1e-12 * g);
            var scale = genericGradient.Max(Math.Abs);
            for (var j = 0; j < 5; j++)
                Assert.Equal(genericGradient[j], fusedGradient[j], 1e-12 * scale);
        }
    }

    [Fact]
    public void A_non_finite_prediction_gives_a_non_finite_objective()
    {
        // A line search's wild trial: A = e^800 overflows every row; the step must be seen as too far, never as 0.
        var law = ChinchillaLaw.Instance;
        var table = new ObservationTable([new Observation(1e8, 1e9, 6e17, 3.0), new Observation(1e9, 1e10, 6e19, 2.5)], "two");
        var objective = new ModelObjective(new ScalingLawModel(law, FitData.Create(table, law)), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.HuberLog, 1e-3);

        var value = objective.Evaluate([0.5, 800, 7, 0.3, 0.3], new double[5]);

        Assert.False(double.IsFinite(value));
    }
}
