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
/// <para>
/// Bounds, when given, are kept by the steps themselves (an active-set projected method, as in scipy's bounded trust
/// region methods): a variable on a bound whose descent direction points out of the box is held, the damped step is
/// solved for the others, and the trial point is projected onto the box. The decrease the model predicts is then that of
/// the projected step. An optimum beyond a bound thus ends exactly on it, where the projected gradient vanishes; the
/// reported gradient norm is the projected one. Without bounds every step is the unconstrained one, to the bit.
/// </para>
/// </summary>
/// <param name="maxIterations">Accepted or rejected steps before giving up.</param>
/// <param name="relativeTolerance">Stop when an accepted step lowers the cost by at most this fraction of it (scipy's ftol).</param>
internal sealed class LevenbergMarquardt(int maxIterations = 1000, double relativeTolerance = 1e-12)
{
    private const double InitialDamping = 1e-3;
    private const double StepTolerance = 1e-12;

    /// <summary>The most iterations.</summary>
    public int MaxIterations { get; } = maxIterations;

    /// <summary>Stop when the objective improves by less than this share.</summary>
    public double RelativeTolerance { get; } = relativeTolerance;

    /// <summary>Working memory for a problem of <paramref name="dimension"/> variables.</summary>
    public LevenbergMarquardtWorkspace CreateWorkspace(int dimension) => new(dimension);

    /// <summary>
    /// Minimises Σ r² from <paramref name="start"/>, within [<paramref name="lower"/>, <paramref name="upper"/>] when they
    /// are given (either end may be infinite; empty for no bounds); the minimiser goes to <paramref name="solution"/>.
    /// </summary>
    public MinimizationResult Minimize(
        ILeastSquaresFunction function, ReadOnlySpan<double> start, Span<double> solution, LevenbergMarquardtWorkspace ws,
        ReadOnlySpan<double> lower = default, ReadOnlySpan<double> upper = default)
    {
        var k = function.Dimension;
        var bounded = !lower.IsEmpty;
        Span<double> x = ws.X, trial = ws.Trial, step = ws.Step, scale = ws.Scale;
        Span<bool> active = ws.Active;
        start.CopyTo(x);
        active.Clear();
        if (bounded)
            Project(x, lower, upper);
        var cost = function.Evaluate(x, ws.Normal, ws.Gradient);
        var evaluations = 1;
        if (!double.IsFinite(cost))
            return Finish(x, solution, new(cost, 0, evaluations, double.NaN, ExitCondition.NonFinite));
        for (var s = 0; s < k; s++)
            scale[s] = ws.Normal[s * k + s] > 0 ? ws.Normal[s * k + s] : 1;
        var damping = InitialDamping * Max(scale);
        var growth = 2.0;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            // No step, however short, lowers the cost: a stationary point to round-off.
            if (!double.IsFinite(damping))
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(x, ws.Gradient, lower, upper, active), ExitCondition.StepTolerance));
            if (bounded)
                Hold(x, ws.Gradient, lower, upper, active);
            if (!SolveHeld(ws, k, damping, x, lower, upper, bounded))
            {
                (damping, growth) = (damping * growth, growth * 2);
                continue;
            }
            var clipped = bounded && Clip(x, step, lower, upper);
            // Relative to the variables not held, whose steps alone can be non-zero: a step within round-off of them, or none
            // at all when every variable is held (the projected gradient is zero), ends the run.
            if (Norm(step, active) <= StepTolerance * (Norm(x, active) + StepTolerance))
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(x, ws.Gradient, lower, upper, active), ExitCondition.StepTolerance));
            for (var s = 0; s < k; s++)
                trial[s] = x[s] + step[s];
            if (clipped)
                Project(trial, lower, upper); // exactly on the bound, whatever the rounding of x + (bound − x)
            // With its normal equations: nearly every trial is accepted, and this saves evaluating the new point again.
            var trialCost = function.Evaluate(trial, ws.TrialNormal, ws.TrialGradient);
            evaluations++;
            var predicted = clipped ? LinearDecrease(ws, k) : DampedDecrease(ws, k, damping);
            var ratio = (cost - trialCost) / predicted;
            if (!double.IsFinite(trialCost) || !(ratio > 0))
            {
                (damping, growth) = (damping * growth, growth * 2);
                continue;
            }
            var reduction = cost - trialCost;
            trial.CopyTo(x);
            cost = trialCost;
            ws.AcceptTrial();
            for (var s = 0; s < k; s++)
                scale[s] = Math.Max(scale[s], ws.Normal[s * k + s]);
            (damping, growth) = (damping * Math.Max(1.0 / 3, 1 - Math.Pow(2 * ratio - 1, 3)), 2.0);
            // A step cut short by a bound that it has just reached says nothing about convergence.
            if (!clipped && reduction <= RelativeTolerance * cost)
                return Finish(x, solution, new(cost, iteration, evaluations, GradientNorm(x, ws.Gradient, lower, upper, active), ExitCondition.RelativeReduction));
        }
        return Finish(x, solution, new(cost, MaxIterations, evaluations, GradientNorm(x, ws.Gradient, lower, upper, active), ExitCondition.MaxIterations));
    }

    // The damped step on the variables not held; a variable on a bound whose step would leave the box is then held too
    // and the rest solved again (through its coupling to the others the joint step can point out even where the
    // gradient points in), so the step of the others is their own, not one that assumed it moves.
    private static bool SolveHeld(
        LevenbergMarquardtWorkspace ws, int k, double damping, ReadOnlySpan<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, bool bounded)
    {
        while (true)
        {
            if (!SolveDamped(ws, k, damping))
                return false;
            if (!bounded || !HoldOutward(x, ws.Step, lower, upper, ws.Active))
                return true;
        }
    }

    // Holds each variable on a bound whose step points out of the box; true when any was newly held.
    private static bool HoldOutward(ReadOnlySpan<double> x, ReadOnlySpan<double> step, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, Span<bool> active)
    {
        var held = false;
        for (var s = 0; s < x.Length; s++)
        {
            if (active[s] || !((x[s] <= lower[s] && step[s] < 0) || (x[s] >= upper[s] && step[s] > 0)))
                continue;
            active[s] = true;
            held = true;
        }
        return held;
    }

    // The linear model's decrease of Σ r² along the solved step δ is δ·(μDδ − g), since (JᵀJ + μD)δ = −g on the
    // variables not held (held ones have δ = 0 and add nothing).
    private static double DampedDecrease(LevenbergMarquardtWorkspace ws, int k, double damping)
    {
        var predicted = 0.0;
        for (var s = 0; s < k; s++)
            predicted += ws.Step[s] * (damping * ws.Scale[s] * ws.Step[s] - ws.Gradient[s]);
        return predicted;
    }

    // Along a step d cut short by a bound the identity above no longer holds: −2g·d − dᵀJᵀJd directly.
    private static double LinearDecrease(LevenbergMarquardtWorkspace ws, int k)
    {
        var predicted = 0.0;
        for (var s = 0; s < k; s++)
        {
            var curvature = 0.0;
            for (var t = 0; t < k; t++)
                curvature += ws.Normal[s * k + t] * ws.Step[t];
            predicted -= ws.Step[s] * (2 * ws.Gradient[s] + curvature);
        }
        return predicted;
    }

    // Holds a variable on a bound when the descent direction −g points out of the box there.
    private static void Hold(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, Span<bool> active)
    {
        for (var s = 0; s < x.Length; s++)
            active[s] = (x[s] <= lower[s] && gradient[s] > 0) || (x[s] >= upper[s] && gradient[s] < 0);
    }

    // Shortens each component of the step that would leave the box to end on its bound; true when any was.
    private static bool Clip(ReadOnlySpan<double> x, Span<double> step, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        var clipped = false;
        for (var s = 0; s < x.Length; s++)
        {
            var target = x[s] + step[s];
            if (target >= lower[s] && target <= upper[s])
                continue;
            step[s] = Math.Clamp(target, lower[s], upper[s]) - x[s];
            clipped = true;
        }
        return clipped;
    }

    private static void Project(Span<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        for (var s = 0; s < x.Length; s++)
            x[s] = Math.Clamp(x[s], lower[s], upper[s]);
    }

    // Solves (JᵀJ + μD) δ = −Jᵀr by Cholesky on the variables not held; a held one's row and column become the identity
    // with right-hand side 0, so its δ is exactly 0 and the others solve their own system. False when round-off leaves
    // the system not positive definite.
    private static bool SolveDamped(LevenbergMarquardtWorkspace ws, int k, double damping)
    {
        var a = ws.System;
        ws.Normal.CopyTo(a, 0);
        for (var s = 0; s < k; s++)
            a[s * k + s] += damping * ws.Scale[s];
        for (var s = 0; s < k; s++)
        {
            if (!ws.Active[s])
                continue;
            for (var t = 0; t < k; t++)
                (a[s * k + t], a[t * k + s]) = (0, 0);
            a[s * k + s] = 1;
        }
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
            var v = ws.Active[i] ? 0 : -ws.Gradient[i];
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

    // The gradient of Σ r² is 2Jᵀr; projected onto the box, the component of a variable on a bound that the descent
    // direction points out of is 0.
    private static double GradientNorm(
        ReadOnlySpan<double> x, ReadOnlySpan<double> halfGradient, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, Span<bool> active)
    {
        if (!lower.IsEmpty)
            Hold(x, halfGradient, lower, upper, active);
        var max = 0.0;
        for (var s = 0; s < halfGradient.Length; s++)
            max = active[s] ? max : Math.Max(max, 2 * Math.Abs(halfGradient[s]));
        return max;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
            max = Math.Max(max, v);
        return max;
    }

    // The Euclidean norm over the variables not held.
    private static double Norm(ReadOnlySpan<double> values, ReadOnlySpan<bool> active)
    {
        var sum = 0.0;
        for (var s = 0; s < values.Length; s++)
            sum += active[s] ? 0 : values[s] * values[s];
        return Math.Sqrt(sum);
    }
}
