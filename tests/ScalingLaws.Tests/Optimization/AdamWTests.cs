using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Optimization;

/// <summary>AdamW as PyTorch steps it, and the fixed-budget fitting loop around it: which iterate it keeps and when it stops.</summary>
public sealed class AdamWTests
{
    /// <summary>f(x) = ½ Σ xⱼ², ∇f = x.</summary>
    private sealed class Bowl(int dimension) : IDifferentiableFunction
    {
        public int Dimension => dimension;

        public int Evaluations { get; private set; }

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            Evaluations++;
            x.CopyTo(gradient);
            return 0.5 * System.Numerics.Tensors.TensorPrimitives.Dot(x, x);
        }
    }

    /// <summary>A flat value with a non-zero gradient: no step ever finds a lower value.</summary>
    private sealed class Plateau : IDifferentiableFunction
    {
        public int Dimension => 1;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = 1;
            return 0;
        }
    }

    private static AdamW Optimizer(int steps, double rate = 0.1, int patience = 20) =>
        new(new AdamWSettings { LearningRates = [rate], MaxSteps = steps, Patience = patience });

    /// <summary>
    /// Three steps from x = 1 on ½x² with lr 0.1, weight decay 0.01, β = (0.9, 0.999), ε = 1e-8, worked by hand from
    /// PyTorch's update: x ← x(1 − lr·wd) − lr/(1 − β1^t) · m / (√v/√(1 − β2^t) + ε).
    /// </summary>
    [Theory]
    [InlineData(1, 0.899000001)]
    [InlineData(2, 0.7985190281887788)]
    [InlineData(3, 0.6989111847156934)]
    public void Steps_follow_the_PyTorch_update(int steps, double expected)
    {
        var solution = new double[1];

        Optimizer(steps).Minimize(new Bowl(1), [1.0], solution);

        Assert.Equal(expected, solution[0], 1e-14);
    }

    [Fact]
    public void Keeps_the_iterate_after_the_lowest_value_and_reports_that_value()
    {
        var solution = new double[1];

        var result = Optimizer(steps: 1).Minimize(new Bowl(1), [1.0], solution);

        // The one value seen is f(1) = 0.5, measured before the step; the iterate kept is the one the step produced.
        Assert.Equal(0.5, result.Value);
        Assert.Equal(0.899000001, solution[0], 1e-14);
        Assert.Equal(ExitCondition.MaxIterations, result.Exit);
    }

    [Fact]
    public void Stops_when_no_new_lowest_value_comes_for_the_patience()
    {
        var result = Optimizer(steps: 200, patience: 5).Minimize(new Plateau(), [0.0], new double[1]);

        Assert.Equal(ExitCondition.Patience, result.Exit);
        Assert.Equal(6, result.Iterations); // step 0 sets the lowest value; steps 1..5 do not beat it
    }

    [Fact]
    public void Stops_at_a_small_gradient()
    {
        var result = Optimizer(steps: 200).Minimize(new Bowl(1), [1e-7], new double[1]);

        Assert.Equal(ExitCondition.Gradient, result.Exit);
        Assert.Equal(0, result.Iterations);
    }

    /// <summary>½x², undefined below 0.5: the first step from 1 with learning rate 0.6 lands outside.</summary>
    private sealed class HalfLine : IDifferentiableFunction
    {
        public int Dimension => 1;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = x[0];
            return x[0] > 0.5 ? 0.5 * x[0] * x[0] : double.NaN;
        }
    }

    [Fact]
    public void A_step_out_of_the_functions_domain_keeps_the_last_point_whose_value_was_measured()
    {
        var solution = new double[1];

        var result = Optimizer(steps: 200, rate: 0.6).Minimize(new HalfLine(), [1.0], solution);

        Assert.Equal(ExitCondition.NonFinite, result.Exit);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(1.0, solution[0]); // not the undefined 0.394 the step produced
        Assert.Equal(0.5, result.Value);
    }

    [Fact]
    public void Uses_each_coordinates_own_learning_rate()
    {
        var settings = new AdamWSettings { LearningRates = [0.1, 0.01], WeightDecay = 0, MaxSteps = 1 };
        var solution = new double[2];

        new AdamW(settings).Minimize(new Bowl(2), [1.0, -1.0], solution);

        // A first Adam step moves each coordinate by its learning rate, against the gradient's sign.
        Assert.Equal(0.9, solution[0], 1e-7);
        Assert.Equal(-0.99, solution[1], 1e-7);
    }

    [Fact]
    public void Rejects_a_learning_rate_list_of_the_wrong_length()
    {
        Assert.Throws<ArgumentException>(() => Optimizer(steps: 1).Minimize(new Bowl(2), [1.0, 1.0], new double[2]));
    }

    [Fact]
    public void Minimize_allocates_nothing_after_warm_up()
    {
        var optimizer = Optimizer(steps: 100);
        var function = new Bowl(1);
        var solution = new double[1];
        double[] start = [1.0];
        optimizer.Minimize(function, start, solution); // JIT

        var before = GC.GetAllocatedBytesForCurrentThread();
        optimizer.Minimize(function, start, solution);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(Math.Abs(solution[0]) < 0.3, $"x = {solution[0]} after 100 steps from 1"); // and it did the work
    }
}
