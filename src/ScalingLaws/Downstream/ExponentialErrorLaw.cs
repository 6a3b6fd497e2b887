namespace ScalingLaws.Downstream;

/// <summary>
/// Gadre et al. 2024's error law: Err(L) = eps − a·e^(−b·L), so acc = 1 − eps + a·e^(−b·L): as the loss grows the
/// error tends to eps (eps = 1 − c is guessing), as it falls the error drops exponentially. eps is kept in [0, 1];
/// a and b are positive, fitted on the log scale.
/// </summary>
public sealed class ExponentialErrorLaw : AccuracyLaw
{
    private const int Eps = 0, A = 1, B = 2;

    /// <summary>The law.</summary>
    public static ExponentialErrorLaw Instance { get; } = new();

    private ExponentialErrorLaw()
        : base(AccuracyForm.Exponential, "acc = 1 − Err, Err = eps − a·exp(−b·L)", AccuracyInput.Loss,
            [new("eps", ParameterScale.Linear, [0.5]), new("a", ParameterScale.Log, [0]), new("b", ParameterScale.Log, [0])])
    {
    }

    /// <inheritdoc/>
    public override ParameterConstraints Constraints(double chance) => ParameterConstraints.None.Bound(Parameters[Eps].Name, 0, 1);

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> theta, double x, Span<double> gradient)
    {
        var (a, b) = (Math.Exp(theta[A]), Math.Exp(theta[B]));
        var term = a * Math.Exp(-b * x);
        if (!gradient.IsEmpty)
        {
            gradient[Eps] = -1;
            gradient[A] = term;
            gradient[B] = -term * b * x;
        }
        return 1 - theta[Eps] + term;
    }

    // For fixed b, acc = (1 − eps) + a·e^(−bL) is linear in (1 − eps, a): least squares for each b on a grid.
    internal override IReadOnlyList<IReadOnlyList<double>> Starts(double chance, double[] x, double[] scores)
    {
        var span = Math.Max(x.Max() - x.Min(), 1e-3);
        var starts = new List<(double Error, double[] Start)>();
        foreach (var rate in new[] { 0.1, 0.25, 0.5, 1, 2, 4, 8 })
        {
            var b = rate / span;
            var shape = x.Select(l => Math.Exp(-b * l)).ToArray();
            if (LineFit.Of(shape, scores) is not var (a, intercept, error) || !(a > 0))
                continue;
            starts.Add((error, [Math.Clamp(1 - intercept, 0.01, 0.99), a, b]));
        }
        return starts.Count > 0
            ? [.. starts.OrderBy(s => s.Error).Take(4).Select(s => s.Start)]
            : [[Math.Clamp(1 - chance, 0.01, 0.99), 0.1, 1 / span]];
    }
}
