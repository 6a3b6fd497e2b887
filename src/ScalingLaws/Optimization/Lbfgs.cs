namespace ScalingLaws.Optimization;

/// <summary>
/// Limited-memory BFGS with a strong-Wolfe line search, written by hand so that a run allocates
/// nothing: multi-start grids and bootstraps run thousands of small minimisations per second.
/// </summary>
internal sealed class Lbfgs(LbfgsSettings? settings = null)
{
    /// <summary>The solver's settings.</summary>
    public LbfgsSettings Settings { get; } = settings ?? LbfgsSettings.Default;

    /// <summary>Working memory for a problem of <paramref name="dimension"/> variables.</summary>
    public LbfgsWorkspace CreateWorkspace(int dimension) => new(dimension, Settings.Memory);

    /// <summary>Minimises <paramref name="function"/> from <paramref name="start"/>; the minimiser goes to <paramref name="solution"/>.</summary>
    public MinimizationResult Minimize(
        IDifferentiableFunction function, ReadOnlySpan<double> start, Span<double> solution, LbfgsWorkspace ws) =>
        Minimize(function, start, solution, ws, null);

    /// <summary>The same; <paramref name="earlyStop"/>, when given, may end the run after any iteration (the point reached goes to the solution).</summary>
    internal MinimizationResult Minimize(
        IDifferentiableFunction function, ReadOnlySpan<double> start, Span<double> solution, LbfgsWorkspace ws, IEarlyStop? earlyStop)
    {
        var x = ws.X.AsSpan();
        var g = ws.Gradient.AsSpan();
        start.CopyTo(x);
        var evaluations = 1;
        var f = function.Evaluate(x, g);
        var gradientNorm = MaxAbs(g);
        if (!double.IsFinite(f) || !double.IsFinite(gradientNorm))
            return Finish(solution, x, new(f, 0, evaluations, gradientNorm, ExitCondition.NonFinite));

        if (gradientNorm <= Settings.GradientTolerance)
            return Finish(solution, x, new(f, 0, evaluations, gradientNorm, ExitCondition.Gradient));

        int stored = 0, newest = -1;
        for (var iteration = 0; iteration < Settings.MaxIterations; iteration++)
        {
            var slope = SearchDirection(ws, stored, newest);
            if (slope >= 0 || !double.IsFinite(slope))
            {
                stored = 0;
                slope = SteepestDescent(ws);
            }
            var initialStep = stored == 0 ? Math.Min(1.0, 1.0 / Norm(g)) : 1.0;
            if (!StrongWolfeLineSearch.Search(function, ws, f, slope, initialStep, out var fNew, ref evaluations))
            {
                if (stored == 0)
                    return Finish(solution, x, new(f, iteration, evaluations, gradientNorm, ExitCondition.LineSearchFailed));
                stored = 0; // forget curvature pairs that may be stale and retry along −g
                continue;
            }

            newest = (newest + 1) % ws.Memory;
            stored = Math.Min(stored + 1, ws.Memory);
            Remember(ws, newest);
            var reduction = f - fNew;
            f = fNew;
            gradientNorm = MaxAbs(g);
            if (gradientNorm <= Settings.GradientTolerance)
                return Finish(solution, x, new(f, iteration + 1, evaluations, gradientNorm, ExitCondition.Gradient));
            if (reduction <= Settings.RelativeTolerance * Math.Max(Math.Abs(f), Math.Abs(f + reduction)))
                return Finish(solution, x, new(f, iteration + 1, evaluations, gradientNorm, ExitCondition.RelativeReduction));
            if (earlyStop?.ShouldStop(x, f) == true)
                return Finish(solution, x, new(f, iteration + 1, evaluations, gradientNorm, ExitCondition.EarlyStop));
        }
        return Finish(solution, x, new(f, Settings.MaxIterations, evaluations, gradientNorm, ExitCondition.MaxIterations));
    }

    private static MinimizationResult Finish(Span<double> solution, ReadOnlySpan<double> x, MinimizationResult result)
    {
        x.CopyTo(solution);
        return result;
    }

    // Moves to the accepted trial point and stores the (step, gradient change) pair when it has positive curvature.
    private static void Remember(LbfgsWorkspace ws, int slot)
    {
        var s = ws.Step(slot);
        var y = ws.GradientChange(slot);
        double sy = 0;
        for (var j = 0; j < ws.Dimension; j++)
        {
            s[j] = ws.TrialX[j] - ws.X[j];
            y[j] = ws.TrialGradient[j] - ws.Gradient[j];
            sy += s[j] * y[j];
        }
        ws.Rho[slot] = sy > 1e-300 ? 1.0 / sy : 0.0;
        ws.TrialX.CopyTo(ws.X, 0);
        ws.TrialGradient.CopyTo(ws.Gradient, 0);
    }

    // The two-loop recursion: Direction = −H·g. Returns the slope g·d.
    private static double SearchDirection(LbfgsWorkspace ws, int stored, int newest)
    {
        if (stored == 0)
            return SteepestDescent(ws);
        var d = ws.Direction.AsSpan();
        ws.Gradient.CopyTo(d);
        var slot = newest;
        for (var k = 0; k < stored; k++, slot = (slot - 1 + ws.Memory) % ws.Memory)
        {
            ws.Alpha[slot] = ws.Rho[slot] * Dot(ws.Step(slot), d);
            Axpy(-ws.Alpha[slot], ws.GradientChange(slot), d);
        }
        var yNewest = ws.GradientChange(newest);
        var yy = Dot(yNewest, yNewest);
        var gamma = ws.Rho[newest] > 0 && yy > 0 ? 1.0 / (ws.Rho[newest] * yy) : 1.0;
        for (var j = 0; j < d.Length; j++)
            d[j] *= gamma;
        slot = (newest - stored + 1 + ws.Memory) % ws.Memory;
        for (var k = 0; k < stored; k++, slot = (slot + 1) % ws.Memory)
        {
            var beta = ws.Rho[slot] * Dot(ws.GradientChange(slot), d);
            Axpy(ws.Alpha[slot] - beta, ws.Step(slot), d);
        }
        for (var j = 0; j < d.Length; j++)
            d[j] = -d[j];
        return Dot(ws.Gradient, d);
    }

    private static double SteepestDescent(LbfgsWorkspace ws)
    {
        for (var j = 0; j < ws.Dimension; j++)
            ws.Direction[j] = -ws.Gradient[j];
        return -Dot(ws.Gradient, ws.Gradient);
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (var j = 0; j < a.Length; j++)
            sum += a[j] * b[j];
        return sum;
    }

    private static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        for (var j = 0; j < x.Length; j++)
            y[j] += alpha * x[j];
    }

    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    private static double MaxAbs(ReadOnlySpan<double> a)
    {
        double max = 0;
        foreach (var v in a)
            max = double.IsNaN(v) ? double.NaN : Math.Max(max, Math.Abs(v));
        return max;
    }
}
