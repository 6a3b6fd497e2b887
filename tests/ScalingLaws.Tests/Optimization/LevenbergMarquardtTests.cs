using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Optimization;

/// <summary>The hand-written Levenberg–Marquardt: textbook convergence, bounds, exits, zero allocation, and its use as a fit solver.</summary>
public sealed class LevenbergMarquardtTests
{
    /// <summary>Rosenbrock as least squares: r = (10 (y − x²), 1 − x), minimum 0 at (1, 1).</summary>
    private sealed class Rosenbrock : ILeastSquaresFunction
    {
        public int Dimension => 2;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> normal, Span<double> gradient)
        {
            double r0 = 10 * (x[1] - x[0] * x[0]), r1 = 1 - x[0];
            if (!normal.IsEmpty)
            {
                // J = [[−20x, 10], [−1, 0]]
                double j00 = -20 * x[0], j01 = 10, j10 = -1;
                normal[0] = j00 * j00 + j10 * j10;
                normal[1] = normal[2] = j00 * j01;
                normal[3] = j01 * j01;
                gradient[0] = j00 * r0 + j10 * r1;
                gradient[1] = j01 * r0;
            }
            return r0 * r0 + r1 * r1;
        }
    }

    [Fact]
    public void It_solves_Rosenbrock_from_the_textbook_start()
    {
        var solver = new LevenbergMarquardt();
        var solution = new double[2];

        var result = solver.Minimize(new Rosenbrock(), [-1.2, 1], solution, solver.CreateWorkspace(2));

        Assert.True(result.Converged(1e-5), result.Exit.ToString());
        Assert.Equal(1, solution[0], 1e-6);
        Assert.Equal(1, solution[1], 1e-6);
        Assert.True(result.Value < 1e-12, $"cost {result.Value:G3}");
    }

    [Fact]
    public void It_reports_the_iteration_limit_and_a_non_finite_start()
    {
        var solver = new LevenbergMarquardt(maxIterations: 1);
        var solution = new double[2];

        Assert.Equal(ExitCondition.MaxIterations, solver.Minimize(new Rosenbrock(), [-1.2, 1], solution, solver.CreateWorkspace(2)).Exit);
        Assert.Equal(ExitCondition.NonFinite, solver.Minimize(new Rosenbrock(), [double.NaN, 1], solution, solver.CreateWorkspace(2)).Exit);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_run_allocates_nothing_with_or_without_bounds(bool bounded)
    {
        var solver = new LevenbergMarquardt();
        var workspace = solver.CreateWorkspace(2);
        var solution = new double[2];
        var function = new Rosenbrock();
        double[] lower = bounded ? [-2, -2] : [], upper = bounded ? [0.5, 2] : []; // empty: no bounds
        solver.Minimize(function, [-1.2, 1], solution, workspace, lower, upper);

        var before = GC.GetAllocatedBytesForCurrentThread();
        solver.Minimize(function, [-1.2, 1], solution, workspace, lower, upper);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(0.5, 0.25)]   // the face x = 0.5, where the best y is x²
    [InlineData(-0.5, 0.25)]  // the same face approached from a start on the other side of the valley
    public void Within_a_box_it_ends_exactly_on_the_face_at_the_constrained_minimum(double upper, double y)
    {
        var solver = new LevenbergMarquardt();
        var solution = new double[2];
        double[] lower = [double.NegativeInfinity, double.NegativeInfinity], high = [Math.Abs(upper), double.PositiveInfinity];

        var result = solver.Minimize(new Rosenbrock(), [upper < 0 ? -1.2 : 0, 1], solution, solver.CreateWorkspace(2), lower, high);

        Assert.True(result.Converged(1e-5), result.Exit.ToString());
        Assert.Equal(Math.Abs(upper), solution[0]); // exactly on the bound
        Assert.Equal(y, solution[1], 1e-9);
        Assert.Equal(Math.Pow(1 - Math.Abs(upper), 2), result.Value, 1e-12);
        Assert.True(result.GradientNorm < 1e-6, $"projected gradient {result.GradientNorm:G3}"); // the full gradient pushes x out of the box
    }

    [Fact]
    public void As_a_fit_solver_it_recovers_an_exact_law_and_refuses_the_huber_objective()
    {
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0);
        var options = FitOptions.Default with { Objective = FitObjective.LeastSquares, Solver = FitSolver.LevenbergMarquardt, StartStride = 2 };

        var fit = new LawFitter(ChinchillaLaw.Instance, options).Fit(table);

        for (var j = 0; j < 5; j++)
            Assert.Equal(Synthetic.Chinchilla[j], fit.Values[j], Synthetic.Chinchilla[j] * 1e-6);
        Assert.Equal(243, fit.Starts);
        var huber = Assert.Throws<ScalingLawsException>(() => new LawFitter(ChinchillaLaw.Instance, options with { Objective = FitObjective.HuberLog }).Fit(table));
        Messages.AssertOneLine(huber.Message);
    }
}
