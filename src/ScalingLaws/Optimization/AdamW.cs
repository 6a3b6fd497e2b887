using System.Numerics.Tensors;

namespace ScalingLaws.Optimization;

/// <summary>
/// Adam with decoupled weight decay (Loshchilov and Hutter 2019), step for step as PyTorch's <c>torch.optim.AdamW</c>.
/// It is not a minimiser that converges: it is here to reproduce published fits that run it for a fixed budget, whose
/// early stop acts as a regulariser. Keeps the iterate that followed the lowest value seen, as such fitting loops do.
/// </summary>
internal sealed class AdamW(AdamWSettings settings)
{
    /// <summary>The optimizer's settings.</summary>
    public AdamWSettings Settings { get; } = settings;

    /// <summary>Runs from <paramref name="start"/>; writes the kept iterate to <paramref name="solution"/>.</summary>
    public MinimizationResult Minimize(IDifferentiableFunction function, ReadOnlySpan<double> start, Span<double> solution)
    {
        var n = function.Dimension;
        if (Settings.LearningRates.Length != n)
            throw new ArgumentException($"{Settings.LearningRates.Length} learning rates for {n} coordinates.", nameof(function));
        Span<double> x = stackalloc double[n], g = stackalloc double[n], m = stackalloc double[n], v = stackalloc double[n];
        Span<double> before = stackalloc double[n], lowestBefore = stackalloc double[n];
        start.CopyTo(x);
        start.CopyTo(solution);
        start.CopyTo(lowestBefore);
        m.Clear();
        v.Clear();
        double best = double.PositiveInfinity, lowest = double.PositiveInfinity, gradientNorm = double.NaN;
        var sinceLowest = 0;
        for (var step = 0; step < Settings.MaxSteps; step++)
        {
            var f = function.Evaluate(x, g);
            gradientNorm = TensorPrimitives.Norm(g);
            if (!double.IsFinite(f) || !double.IsFinite(gradientNorm))
            {
                // The kept iterate may be this very point, where the function is undefined: keep the one whose value was measured.
                lowestBefore.CopyTo(solution);
                return new(best, step, step + 1, gradientNorm, ExitCondition.NonFinite);
            }
            x.CopyTo(before);
            Update(x, g, m, v, step + 1);
            // The fitting loops this reproduces test the value before the update, then keep the updated iterate.
            sinceLowest = f < lowest ? 0 : sinceLowest + 1;
            lowest = Math.Min(lowest, f);
            if (step > Settings.Patience && sinceLowest >= Settings.Patience)
                return new(best, step, step + 1, gradientNorm, ExitCondition.Patience);
            if (gradientNorm < Settings.GradientNormTolerance)
                return new(best, step, step + 1, gradientNorm, ExitCondition.Gradient);
            if (f < best)
            {
                best = f;
                x.CopyTo(solution);
                before.CopyTo(lowestBefore);
            }
        }
        return new(best, Settings.MaxSteps, Settings.MaxSteps, gradientNorm, ExitCondition.MaxIterations);
    }

    private void Update(Span<double> x, ReadOnlySpan<double> g, Span<double> m, Span<double> v, int t)
    {
        var (beta1, beta2) = (Settings.Beta1, Settings.Beta2);
        var correction1 = 1 - Math.Pow(beta1, t);
        var correction2 = Math.Sqrt(1 - Math.Pow(beta2, t));
        for (var j = 0; j < x.Length; j++)
        {
            var rate = Settings.LearningRates[j];
            x[j] *= 1 - rate * Settings.WeightDecay;
            m[j] = beta1 * m[j] + (1 - beta1) * g[j];
            v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
            x[j] -= rate / correction1 * m[j] / (Math.Sqrt(v[j]) / correction2 + Settings.Epsilon);
        }
    }
}
