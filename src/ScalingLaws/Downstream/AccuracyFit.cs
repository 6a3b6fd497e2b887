namespace ScalingLaws.Downstream;

/// <summary>
/// An accuracy law fitted to one task: the engine's result, the parameters in natural units, their covariance on the
/// fitting scale (zero for fixed parameters, parameters on a bound and undetermined directions), the scatter of the
/// scores around the law, the range of inputs it saw, and whether the task is predictable from these rows.
/// </summary>
public sealed record AccuracyFit
{
    /// <summary>The accuracy law.</summary>
    public required AccuracyLaw Law { get; init; }

    /// <summary>The task, e.g. <c>piqa</c>.</summary>
    public required string Task { get; init; }

    /// <summary>The metric, e.g. <c>acc</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The accuracy of random guessing, in [0, 1).</summary>
    public required double Chance { get; init; }

    /// <summary>What the loss input is (null for the direct form or a table that does not say).</summary>
    public string? LossName { get; init; }

    /// <summary>The engine's result; null for a law read back from a file.</summary>
    public ModelFit? Fit { get; init; }

    /// <summary>Every parameter in the law's order, natural units.</summary>
    public required ImmutableArray<double> Values { get; init; }

    /// <summary>Parameters × parameters on the fitting scale.</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>√(Σ(acc − âcc)²/(n − p)): how far single scores sit from the law (evaluation noise and run-to-run spread).</summary>
    public required double Scatter { get; init; }

    /// <summary>The smallest input fitted (loss, or FLOPs for the direct law).</summary>
    public required double InputMin { get; init; }

    /// <summary>The largest input fitted.</summary>
    public required double InputMax { get; init; }

    /// <summary>Rows fitted.</summary>
    public required int Rows { get; init; }

    /// <summary>Null when the task is predictable from these rows; otherwise why not.</summary>
    public required TaskVerdict? Verdict { get; init; }

    /// <summary>Whether the task is predictable from these rows.</summary>
    public bool Predictable => Verdict is null;

    /// <summary>Where the noise level the verdict used came from.</summary>
    public NoiseSource Noise { get; init; } = NoiseSource.FitScatter;

    /// <summary>The law's accuracy at <paramref name="x"/> with the accuracy law's own 95% interval (see <see cref="AccuracyInterval"/>).</summary>
    public AccuracyPrediction Predict(double x) => AccuracyInterval.At(this, x);
}
