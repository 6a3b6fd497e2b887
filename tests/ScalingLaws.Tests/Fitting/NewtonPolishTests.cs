using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Fitting;

/// <summary>The Newton finish: it differences the Hessian once (2k gradients) and then takes one gradient per step.</summary>
public sealed class NewtonPolishTests
{
    [Fact]
    public void Newton_finish_differences_the_hessian_once_and_lowers_the_gradient()
    {
        var law = ChinchillaLaw.Instance;
        var table = Synthetic.Sweep(law, Synthetic.Chinchilla, 0.005);
        var objective = new Counting(FitProblem.Create(law, table, FitOptions.Default).CreateObjective());
        // Where an L-BFGS search stops in the flat valley: the fit's optimum moved by 1e-4 on the fitting scale.
        var z = new LawFitter(law).Fit(table).FittingValues.Select((v, j) => v + 1e-4 * (j % 2 == 0 ? 1 : -1)).ToArray();
        var start = new double[5];
        objective.Evaluate(z, start);
        objective.Count = 0;

        var value = NewtonPolish.Refine(objective, z, double.PositiveInfinity);

        var gradient = new double[5];
        Assert.Equal(value, objective.Evaluate(z, gradient));
        Assert.True(gradient.Max(Math.Abs) < 1e-6 * start.Max(Math.Abs), $"gradient {gradient.Max(Math.Abs):E2} from {start.Max(Math.Abs):E2}");
        // One gradient at the start, 2k = 10 for the Hessian, then one per step (at most 30): differencing the Hessian
        // at every step would take 11 per step.
        Assert.InRange(objective.Count - 1, 1 + 10 + 1, 1 + 10 + 30);
    }

    private sealed class Counting(IDifferentiableFunction function) : IDifferentiableFunction
    {
        public int Count { get; set; }

        public int Dimension => function.Dimension;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            Count++;
            return function.Evaluate(x, gradient);
        }
    }
}
