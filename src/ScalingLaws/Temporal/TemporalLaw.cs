namespace ScalingLaws.Temporal;

/// <summary>
/// The temporal scaling law of a run: the reciprocal law L_i = a0/(1 + a1·i) + a2 with each of a0, a1,
/// a2 a <see cref="TemporalForm"/> of the training time, on the run's <see cref="TemporalClock"/>.
/// </summary>
public sealed class TemporalLaw
{
    /// <summary>Parameters of the position law at each step.</summary>
    public const int ParameterCount = PositionLaw.ParameterCount;

    /// <summary>The position law's parameter names.</summary>
    public static ImmutableArray<string> ParameterNames => HyperbolicPositionLaw.Instance.ParameterNames;

    /// <param name="coefficients">All coefficients on the fitting scale, a0's first, then a1's, then a2's.</param>
    public TemporalLaw(ImmutableArray<TemporalForm> forms, ReadOnlySpan<double> coefficients, TemporalClock clock)
    {
        Forms = forms;
        Clock = clock;
        var offset = 0;
        var blocks = new ImmutableArray<double>[ParameterCount];
        for (var j = 0; j < ParameterCount; j++)
        {
            blocks[j] = [.. coefficients.Slice(offset, forms[j].CoefficientCount)];
            offset += forms[j].CoefficientCount;
        }
        Coefficients = [.. blocks];
    }

    /// <summary>The forms of a0, a1 and a2.</summary>
    public ImmutableArray<TemporalForm> Forms { get; }

    /// <summary>Each parameter's coefficients on the fitting scale.</summary>
    public ImmutableArray<ImmutableArray<double>> Coefficients { get; }

    /// <summary>How time is measured: steps or schedule area.</summary>
    public TemporalClock Clock { get; }

    /// <summary>a0, a1 and a2 at a point.</summary>
    public (double A0, double A1, double A2) Parameters(TemporalPoint point) => (
        Forms[0].Value(Coefficients[0].AsSpan(), point),
        Forms[1].Value(Coefficients[1].AsSpan(), point),
        Forms[2].Value(Coefficients[2].AsSpan(), point));

    /// <summary>a0, a1 and a2 at checkpoint <paramref name="checkpoint"/> of the run.</summary>
    public (double A0, double A1, double A2) Parameters(int checkpoint) => Parameters(Clock.Points[checkpoint]);

    /// <summary>L_i for i = 1..<paramref name="positions"/> at checkpoint <paramref name="checkpoint"/>.</summary>
    public double[] Losses(int checkpoint, int positions)
    {
        var (a0, a1, a2) = Parameters(checkpoint);
        return [.. Enumerable.Range(1, positions).Select(i => a0 / (1 + a1 * i) + a2)];
    }
}
