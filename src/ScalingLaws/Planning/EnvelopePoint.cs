namespace ScalingLaws.Planning;

/// <summary>
/// One point of the training-curve envelope: at compute C, the run with the lowest loss, its size
/// N, the tokens D = C/(6N) it had seen and its (smoothed, interpolated) loss; or why the point is
/// left out of the power-law fit.
/// </summary>
/// <param name="Run">The run's model name (family/model), or null when runs are told apart by size.</param>
public sealed record EnvelopePoint(double Flops, double Params, double Tokens, double Loss, string? Run, string? Excluded)
{
    /// <summary>Whether the point is used for the fits.</summary>
    public bool Included => Excluded is null;
}
