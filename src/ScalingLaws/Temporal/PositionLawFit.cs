namespace ScalingLaws.Temporal;

/// <summary>A position law fitted to one checkpoint.</summary>
/// <param name="Values">Parameters in natural units, in the law's order (a0, a1 or c, a2).</param>
/// <param name="Objective">The minimised Σ Huber_δ(ln L − ln L̂).</param>
/// <param name="Metrics">R², RMSE and relative errors on the raw per-position losses.</param>
/// <param name="Status">The engine's status: not usable when no start reached a minimum (the values are then the best found).</param>
/// <param name="Diagnostics">What the engine found about the fit (flat or strongly correlated parameters, an iteration limit), typed.</param>
public sealed record PositionLawFit(
    PositionLaw Law, ImmutableArray<double> Values, double Objective, FitMetrics Metrics, FitStatus Status, ImmutableArray<FitDiagnostic> Diagnostics, int ConvergedStarts, int Starts)
{
    /// <summary>The fitted loss at <paramref name="position"/> (1-based).</summary>
    public double Predict(double position) => Law.Predict(Values.AsSpan(), position);
}
