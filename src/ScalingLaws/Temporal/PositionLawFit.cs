using System.Collections.Immutable;
using ScalingLaws.Fitting;

namespace ScalingLaws.Temporal;

/// <summary>A position law fitted to one checkpoint.</summary>
/// <param name="Values">Parameters in natural units, in the law's order (a0, a1 or c, a2).</param>
/// <param name="Objective">The minimised Σ Huber_δ(ln L − ln L̂).</param>
/// <param name="Metrics">R², RMSE and relative errors on the raw per-position losses.</param>
/// <param name="Converged">False when no start reached a stationary point; the values are then the best found.</param>
public sealed record PositionLawFit(
    PositionLaw Law, ImmutableArray<double> Values, double Objective, FitMetrics Metrics, bool Converged, int ConvergedStarts, int Starts)
{
    public double Predict(double position) => Law.Predict(Values.AsSpan(), position);
}
