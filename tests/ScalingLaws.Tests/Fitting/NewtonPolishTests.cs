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

    [Fact]
    public void A_parameter_with_a_subnormal_curvature_gets_no_newton_steps()
    {
        // The Hessian of a backtest cut of Porian's summary_df_owt2 0 by tokens (`scaling backtest` stopped with an internal
        // error on it): the first parameter's row is subnormal, its diagonal 1.9e-315 > 0, and MathNet's eigen-decomposition
        // indexed out of range on it.
        var quadratic = new Quadratic(new double[,]
        {
            { 1.860767076E-315, 5.2114820194E-313, 1.974506833757E-312, -8.84392636816E-312, -3.5373380152687E-311 },
            { 5.2114820194E-313, 0.2273334842359939, 0.733750631993102, -3.8039750853100083, -13.814440189798253 },
            { 1.974506833757E-312, 0.733750631993102, 3.253691961814364, -12.5950379724643, -60.44027706471104 },
            { -8.84392636816E-312, -3.8039750853100083, -12.5950379724643, 63.83366710866127, 236.63369845747434 },
            { -3.5373380152687E-311, -13.814440189798253, -60.44027706471104, 236.63369845747434, 1120.8512239731785 },
        });
        var z = new[] { 0.5, -0.25, 0.125, 0.0625, -0.03125 };
        var hessian = NewtonPolish.DifferencedHessian(quadratic, z);
        Assert.InRange(hessian[0, 0], 1e-316, 1e-314); // the case: positive, yet subnormal
        var start = (double[])z.Clone();
        var value = NewtonPolish.Refine(quadratic, z, double.PositiveInfinity);

        Assert.Equal(start, z); // no step taken, and no exception
        Assert.Equal(quadratic.Evaluate(start, new double[5]), value);
    }

    // f(z) = ½ zᵀHz + Σ z but the first, whose differenced Hessian is H to round-off (no constant in the first gradient
    // to swamp its subnormal differences) and whose gradient is not zero at the test's point.
    private sealed class Quadratic(double[,] h) : IDifferentiableFunction
    {
        public int Dimension => h.GetLength(0);

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var value = 0.0;
            for (var i = 0; i < Dimension; i++)
            {
                var (linear, hx) = (i == 0 ? 0.0 : 1.0, 0.0);
                for (var j = 0; j < Dimension; j++)
                    hx += h[i, j] * x[j];
                gradient[i] = linear + hx;
                value += x[i] * (linear + 0.5 * hx);
            }
            return value;
        }
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
