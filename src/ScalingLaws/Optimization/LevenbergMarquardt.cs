namespace ScalingLaws.Optimization;

/// <summary>
/// Levenberg–Marquardt for least squares from one start: the class of method scipy's curve_fit
/// belongs to. It matters which: from Muennighoff's start on OPT's perplexities, a quasi-Newton
/// method such as L-BFGS takes a first step long enough to send β so high that B/D^β vanishes, and
/// stops on that plateau at a cost up to about 40 times the trust-region optimum; damped
/// Gauss–Newton steps stay in the basin scipy reaches. The damping is scaled by the largest squared
/// Jacobian column norm seen so far (MINPACK's choice) rather than the current one, which would let
/// a parameter whose column shrinks (E → 0) take ever longer steps; it is updated as Nielsen (1999)
/// does. Small dense systems are solved by Cholesky in the workspace, so a run allocates nothing.
/// </summary>
/// <param name="maxIterations">Accepted or rejected steps before giving up.</param>
/// <param name="relativeTolerance">Stop when an accepted step lowers the cost by at most this fraction of it (scipy's ftol).</param>
public sealed class LevenbergMarquardt(int maxIterations = 1000, double relativeTolerance = 1e-12)
{
    private const double InitialDamping = 1e-3;
    private const double StepTolerance = 1e-12;

    public int MaxIterations { get; } = maxIterations;

    public double RelativeTolerance { get; } = relativeTolerance;

    public LevenbergMarquardtWorkspace CreateWorkspace(int dimension) => new(dimension);

    /// <summary>Minimises Σ r² from <paramref name="start"/>; the minimiser goes to <paramref name="solution"/>.</summary>
    public MinimizationResult Minimize(
        ILeastSquaresFunction function, ReadOnlySpan<double> start, Span<double> solution, LevenbergMarquardtWorkspace ws)
    {
        var k = function.Dimension;
        Span<double> x = ws.X, trial = ws.Trial, step = ws.Step, gradient = ws.Gradient, scale = ws.Scale, normal = ws.Normal;
        start.CopyTo(x);
        var cost = function.Evaluate(x, normal, gradient);
        var evaluations = 1;
        if (!double.IsFinite(cost))
            return Finish(x, solution, new(cost, 0, evaluations, double.NaN, ExitCondition.NonFinite));
        for (var s = 0; s < k; s++)
            scale[s] = normal[s * k + s] > 0 ? normal[s * k + s] : 1;
        var damping = InitialDamping * Max(scale);
        var growth = 2.0;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            // No step, however short, lowers the cost: a stationary point to round-off.
            if (!double.IsFinite(damping))
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(gradient), ExitCondition.StepTolerance));
            if (!SolveDamped(ws, k, damping))
            {
                (damping, growth) = (damping * growth, growth * 2);
                continue;
            }
            if (Norm(step) <= StepTolerance * (Norm(x) + StepTolerance))
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(gradient), ExitCondition.StepTolerance));
            for (var s = 0; s < k; s++)
                trial[s] = x[s] + step[s];
            var trialCost = function.Evaluate(trial, [], []);
            evaluations++;
            // The linear model's decrease of Σ r² is δ·(μDδ − g), since (JᵀJ + μD)δ = −g.
            var predicted = 0.0;
            for (var s = 0; s < k; s++)
                predicted += step[s] * (damping * scale[s] * step[s] - gradient[s]);
            var ratio = (cost - trialCost) / predicted;
            if (!double.IsFinite(trialCost) || !(ratio > 0))
            {
                (damping, growth) = (damping * growth, growth * 2);
                continue;
            }
            var reduction = cost - trialCost;
            trial.CopyTo(x);
            cost = function.Evaluate(x, normal, gradient);
            evaluations++;
            for (var s = 0; s < k; s++)
                scale[s] = Math.Max(scale[s], normal[s * k + s]);
            (damping, growth) = (damping * Math.Max(1.0 / 3, 1 - Math.Pow(2 * ratio - 1, 3)), 2.0);
            if (reduction <= RelativeTolerance * cost)
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(gradient), ExitCondition.RelativeReduction));
        }
        return Finish(x, solution, new(cost, MaxIterations, evaluations, GradientNorm(gradient), ExitCondition.MaxIterations));
    }

    // Solves (JᵀJ + μD) δ = −Jᵀr by Cholesky; false when round-off leaves the system not positive definite.
    private static bool SolveDamped(LevenbergMarquardtWorkspace ws, int k, double damping)
    {
        var a = ws.System;
        ws.Normal.CopyTo(a, 0);
        for (var s = 0; s < k; s++)
            a[s * k + s] += damping * ws.Scale[s];
        for (var j = 0; j < k; j++)
        {
            var d = a[j * k + j];
            for (var m = 0; m < j; m++)
                d -= a[j * k + m] * a[j * k + m];
            if (!(d > 0))
                return false;
            a[j * k + j] = Math.Sqrt(d);
            for (var i = j + 1; i < k; i++)
            {
                var v = a[i * k + j];
                for (var m = 0; m < j; m++)
                    v -= a[i * k + m] * a[j * k + m];
                a[i * k + j] = v / a[j * k + j];
            }
        }
        var y = ws.Step;
        for (var i = 0; i < k; i++) // L y = −g
        {
            var v = -ws.Gradient[i];
            for (var m = 0; m < i; m++)
                v -= a[i * k + m] * y[m];
            y[i] = v / a[i * k + i];
        }
        for (var i = k - 1; i >= 0; i--) // Lᵀ δ = y
        {
            var v = y[i];
            for (var m = i + 1; m < k; m++)
                v -= a[m * k + i] * y[m];
            y[i] = v / a[i * k + i];
        }
        return true;
    }

    private static MinimizationResult Finish(ReadOnlySpan<double> x, Span<double> solution, MinimizationResult result)
    {
        x.CopyTo(solution);
        return result;
    }

    // The gradient of Σ r² is 2Jᵀr.
    private static double GradientNorm(ReadOnlySpan<double> halfGradient)
    {
        var max = 0.0;
        foreach (var g in halfGradient)
            max = Math.Max(max, 2 * Math.Abs(g));
        return max;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
            max = Math.Max(max, v);
        return max;
    }

    private static double Norm(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v * v;
        return Math.Sqrt(sum);
    }
}
