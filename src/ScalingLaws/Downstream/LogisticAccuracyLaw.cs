namespace ScalingLaws.Downstream;

/// <summary>
/// acc = c + (u − c)·σ(s), σ the logistic function, with the chance level c held fixed, the ceiling u kept in [c, 1],
/// and a rise s = k·(t(x) − m) in a feature t of the input (−L for loss, ln C for compute), k &gt; 0 fitted on the log
/// scale. Parameters in order: c, u, k, m, where m on its fitting scale is ±t at the midpoint (each subclass names them).
/// </summary>
public abstract class LogisticAccuracyLaw : AccuracyLaw
{
    private const int C = 0, U = 1, K = 2, M = 3;

    /// <summary>A logistic law whose parameters are the chance level c, the ceiling u (started at 0.9), then <paramref name="rate"/> (k) and <paramref name="midpoint"/> (m).</summary>
    private protected LogisticAccuracyLaw(AccuracyForm form, string formula, AccuracyInput input, LawParameter rate, LawParameter midpoint)
        : base(form, formula, input, [new("c", ParameterScale.Linear, [0]), new("u", ParameterScale.Linear, [0.9]), rate, midpoint])
    {
    }

    /// <summary>t(x): rising with ability.</summary>
    private protected abstract double Feature(double x);

    /// <summary>The midpoint parameter on the fitting scale, θ_m = ±t_m, as the feature t_m where the rise is half done.</summary>
    private protected abstract double MidpointSign { get; }

    /// <inheritdoc/>
    public override ParameterConstraints Constraints(double chance) =>
        ParameterConstraints.None.Fix(Parameters[C].Name, chance).Bound(Parameters[U].Name, chance, 1);

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> theta, double x, Span<double> gradient)
    {
        var (c, u, k) = (theta[C], theta[U], Math.Exp(theta[K]));
        var rise = k * (Feature(x) - MidpointSign * theta[M]);
        var p = 1 / (1 + Math.Exp(-rise));
        if (!gradient.IsEmpty)
        {
            var slope = (u - c) * p * (1 - p);
            gradient[C] = 1 - p;
            gradient[U] = p;
            gradient[K] = slope * rise;
            gradient[M] = -slope * k * MidpointSign;
        }
        return c + (u - c) * p;
    }

    internal override IReadOnlyList<IReadOnlyList<double>> Starts(double chance, double[] x, double[] scores)
    {
        var features = x.Select(Feature).ToArray();
        var (low, high) = (features.Min(), features.Max());
        var span = Math.Max(high - low, 1e-3);
        var starts = new List<(double Error, double[] Start)>();
        foreach (var steepness in new[] { 0.5, 1, 2, 4, 8, 16 })
        {
            foreach (var position in new[] { -0.5, 0, 0.25, 0.5, 0.75, 1, 1.5, 2.5 })
            {
                var (k, middle) = (steepness / span, low + position * span);
                var ceiling = ProjectedCeiling(chance, features, scores, k, middle);
                starts.Add((Error(chance, features, scores, k, middle, ceiling), [chance, ceiling, k, Parameters[M].ToNatural(MidpointSign * middle)]));
            }
        }
        return [.. starts.OrderBy(s => s.Error).Take(12).Select(s => s.Start)];
    }

    // For fixed k and midpoint, acc − c = (u − c)·p is linear in u: least squares, moved inside (c, 1).
    private static double ProjectedCeiling(double chance, double[] features, double[] scores, double k, double middle)
    {
        double up = 0, pp = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var p = 1 / (1 + Math.Exp(-k * (features[i] - middle)));
            up += (scores[i] - chance) * p;
            pp += p * p;
        }
        var ceiling = pp > 0 ? chance + up / pp : 1;
        return Math.Clamp(ceiling, chance + 0.01 * (1 - chance), 1 - 0.01 * (1 - chance));
    }

    private static double Error(double chance, double[] features, double[] scores, double k, double middle, double ceiling)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            var r = scores[i] - chance - (ceiling - chance) / (1 + Math.Exp(-k * (features[i] - middle)));
            sum += r * r;
        }
        return sum;
    }
}
