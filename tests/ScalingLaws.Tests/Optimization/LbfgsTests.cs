using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Optimization;

/// <summary>The hand-written L-BFGS: convergence on textbook problems, exit conditions, and zero allocation.</summary>
public sealed class LbfgsTests
{
    /// <summary>f(x, y) = (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1).</summary>
    private sealed class Rosenbrock : IDifferentiableFunction
    {
        public int Dimension => 2;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var a = 1 - x[0];
            var b = x[1] - x[0] * x[0];
            gradient[0] = -2 * a - 400 * x[0] * b;
            gradient[1] = 200 * b;
            return a * a + 100 * b * b;
        }
    }

    /// <summary>f(x) = ½ Σ cᵢ (xᵢ − mᵢ)² in 5-D with the given curvatures.</summary>
    private sealed class Quadratic(params double[] curvature) : IDifferentiableFunction
    {
        public static readonly double[] Minimum = [1, -2, 3, 0.5, -1];

        public int Dimension => 5;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var f = 0.0;
            for (var i = 0; i < 5; i++)
            {
                var d = x[i] - Minimum[i];
                gradient[i] = curvature[i] * d;
                f += 0.5 * curvature[i] * d * d;
            }
            return f;
        }
    }

    private sealed class NaNAtStart : IDifferentiableFunction
    {
        public int Dimension => 1;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = double.NaN;
            return double.NaN;
        }
    }

    /// <summary>x² with the gradient's sign flipped: every "descent" direction goes uphill.</summary>
    private sealed class WrongGradient : IDifferentiableFunction
    {
        public int Dimension => 1;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = -2 * x[0];
            return x[0] * x[0];
        }
    }

    private static (MinimizationResult Result, double[] Solution) Minimize(IDifferentiableFunction f, double[] start, LbfgsSettings? settings = null)
    {
        var optimizer = new Lbfgs(settings);
        var solution = new double[start.Length];
        var result = optimizer.Minimize(f, start, solution, optimizer.CreateWorkspace(f.Dimension));
        return (result, solution);
    }

    private static void AssertAtTheMinimum(double[] x, double tolerance)
    {
        for (var i = 0; i < x.Length; i++)
            Assert.Equal(Quadratic.Minimum[i], x[i], tolerance);
    }

    /// <summary>Minimizes the quadratic from the origin, asserts it stops on the gradient at the minimum (to the tolerance), and returns the iterations it took.</summary>
    private static int IterationsToTheMinimum(Quadratic quadratic, double tolerance)
    {
        var (result, x) = Minimize(quadratic, [0, 0, 0, 0, 0]);

        Assert.Equal(ExitCondition.Gradient, result.Exit);
        AssertAtTheMinimum(x, tolerance);
        return result.Iterations;
    }

    [Fact]
    public void Rosenbrock_from_the_classic_start_reaches_1_1()
    {
        var (result, x) = Minimize(new Rosenbrock(), [-1.2, 1]);

        Assert.True(result.Exit is ExitCondition.Gradient or ExitCondition.RelativeReduction, $"exit {result.Exit}");
        Assert.True(result.Converged(1e-5));
        // Default tolerances (gradient 1e-10, relative reduction 1e-13) put x within ~1e-8 of the minimum.
        Assert.Equal(1.0, x[0], 1e-6);
        Assert.Equal(1.0, x[1], 1e-6);
        Assert.True(result.Value < 1e-12, $"f = {result.Value}");
        // L-BFGS needs some 30-40 iterations here; a few hundred would mean a broken update.
        Assert.InRange(result.Iterations, 10, 100);
        Assert.True(result.Evaluations > result.Iterations);
    }

    [Fact]
    public void Quadratic_in_5_dimensions_converges_within_10_iterations()
    {
        // Curvatures 1..3 (condition number 3). With exact line searches BFGS would finish in 5
        // steps; the strong-Wolfe search accepts the unit step as soon as it is good enough, so
        // convergence is superlinear rather than finite: to the default gradient tolerance 1e-10
        // this takes 10 iterations today (steepest descent with exact searches: ~17).
        var (result, x) = Minimize(new Quadratic(1, 1.5, 2, 2.5, 3), [0, 0, 0, 0, 0]);

        Assert.True(result.Exit is ExitCondition.Gradient or ExitCondition.RelativeReduction, $"exit {result.Exit}");
        Assert.True(result.Iterations <= 10, $"{result.Iterations} iterations");
        AssertAtTheMinimum(x, 1e-9);
    }

    [Fact]
    public void Worse_conditioned_quadratic_still_converges_far_faster_than_steepest_descent()
    {
        // Curvatures 1..16: scipy's L-BFGS-B takes 14 iterations on this problem; steepest descent,
        // even with exact line searches, contracts by ((16−1)/(16+1))² per step and needs ~100. 20 leaves room for a different but sound
        // line search while catching an update that has degenerated to steepest descent.
        var iterations = IterationsToTheMinimum(new Quadratic(1, 2, 4, 8, 16), 1e-9);

        Assert.True(iterations <= 20, $"{iterations} iterations");
    }

    [Fact]
    public void Isotropic_quadratic_takes_two_iterations()
    {
        // After one steepest-descent step the initial inverse Hessian is scaled by s·y/y·y = 1/c,
        // which is exact for f = (c/2)|x − m|², so the second step lands on the minimum.
        Assert.Equal(2, IterationsToTheMinimum(new Quadratic(2, 2, 2, 2, 2), 1e-12));
    }

    [Fact]
    public void Start_at_the_minimum_stops_on_the_gradient_at_once()
    {
        var (result, x) = Minimize(new Quadratic(1, 2, 4, 8, 16), [.. Quadratic.Minimum]);

        Assert.Equal(ExitCondition.Gradient, result.Exit);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.Evaluations);
        Assert.Equal(0.0, result.Value);
        Assert.Equal(Quadratic.Minimum, x);
    }

    [Fact]
    public void Nan_at_the_start_reports_NonFinite()
    {
        var (result, x) = Minimize(new NaNAtStart(), [3.0]);

        Assert.Equal(ExitCondition.NonFinite, result.Exit);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.Evaluations);
        Assert.False(result.Converged(1e-5));
        Assert.Equal([3.0], x);
    }

    [Fact]
    public void Iteration_limit_reports_MaxIterations()
    {
        var (result, _) = Minimize(new Rosenbrock(), [-1.2, 1], new LbfgsSettings { MaxIterations = 3 });

        Assert.Equal(ExitCondition.MaxIterations, result.Exit);
        Assert.Equal(3, result.Iterations);
        Assert.False(result.Converged(1e-5));
    }

    [Fact]
    public void Limit_equal_to_the_iterations_needed_still_reports_convergence()
    {
        // The isotropic quadratic is solved exactly by the second iteration (see above), so a limit
        // of 2 iterations is enough: the final iterate has a zero gradient and should count as converged.
        var (result, x) = Minimize(new Quadratic(2, 2, 2, 2, 2), [0, 0, 0, 0, 0], new LbfgsSettings { MaxIterations = 2 });

        Assert.Equal(1.0, x[0], 1e-12);
        Assert.True(result.GradientNorm <= 1e-10, $"gradient {result.GradientNorm}");
        Assert.True(result.Converged(1e-5), $"exit {result.Exit} after {result.Iterations} iterations with gradient {result.GradientNorm}");
    }

    [Fact]
    public void A_gradient_pointing_uphill_fails_the_line_search()
    {
        var (result, x) = Minimize(new WrongGradient(), [2.0]);

        Assert.Equal(ExitCondition.LineSearchFailed, result.Exit);
        // Gradient 4 is far above the loose tolerance, so this is not counted as converged.
        Assert.False(result.Converged(1e-5));
        Assert.Equal(4.0, result.Value);
        Assert.Equal([2.0], x);
    }

    [Fact]
    public void Stalled_line_search_counts_as_converged_only_with_a_small_gradient()
    {
        var stalledNear = new MinimizationResult(1, 5, 20, 1e-6, ExitCondition.LineSearchFailed);
        var stalledFar = new MinimizationResult(1, 5, 20, 1e-3, ExitCondition.LineSearchFailed);

        Assert.True(stalledNear.Converged(1e-5));
        Assert.False(stalledFar.Converged(1e-5));
        Assert.False(new MinimizationResult(1, 5, 20, 0, ExitCondition.MaxIterations).Converged(1e-5));
    }

    [Fact]
    public void Minimize_allocates_nothing_after_warm_up()
    {
        var optimizer = new Lbfgs();
        var function = new Rosenbrock();
        var workspace = optimizer.CreateWorkspace(2);
        double[] start = [-1.2, 1];
        var solution = new double[2];
        optimizer.Minimize(function, start, solution, workspace); // JIT

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = optimizer.Minimize(function, start, solution, workspace);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(1.0, solution[0], 1e-6); // and it did the work
        Assert.True(result.Iterations > 10);
    }

    [Fact]
    public void Reused_workspace_gives_identical_results()
    {
        // A workspace serves many starts on one thread; nothing may leak from one run into the next.
        var optimizer = new Lbfgs();
        var workspace = optimizer.CreateWorkspace(2);
        var first = new double[2];
        var second = new double[2];
        var r1 = optimizer.Minimize(new Rosenbrock(), [-1.2, 1], first, workspace);
        optimizer.Minimize(new Rosenbrock(), [3, -2], new double[2], workspace);
        var r2 = optimizer.Minimize(new Rosenbrock(), [-1.2, 1], second, workspace);

        Assert.Equal(r1, r2);
        Assert.Equal(first, second);
    }
}
