using ScalingLaws.Estimation;
using ScalingLaws.Estimation.SweepPlanning;

namespace ScalingLaws.Analysis;

/// <summary>
/// The evidence a sweep plan reads its expected error from (<see cref="SweepPlanner"/>): the estimation study at p = 1
/// (least squares, the guide's 10B cut) on each table, its cells averaged over every family, without and, given a target
/// fraction, with the target partly trained.
/// </summary>
public static class SweepEvidenceStudy
{
    /// <summary>The study on every table, averaged.</summary>
    /// <param name="sources">The tables, each with the name the evidence cites (a dataset or file).</param>
    /// <param name="targetFraction">How far the target itself is trained, for the second study; null for none.</param>
    /// <param name="cancellation">Stops the fits.</param>
    public static SweepEvidence Measure(IReadOnlyList<(string Name, ObservationTable Table)> sources, double? targetFraction, CancellationToken cancellation = default)
    {
        var settings = new EvaluationSettings { Fractions = [1.0] };
        var plain = sources.SelectMany(t => new EvaluationStudy(settings).Run(t.Table, cancellation).Families).ToArray();
        var withTarget = targetFraction is { } pt
            ? sources.SelectMany(t => new EvaluationStudy(settings with { TargetFraction = pt }).Run(t.Table, cancellation).Families).ToArray()
            : [];
        return new SweepEvidence(
            $"{string.Join(", ", sources.Select(x => x.Name))}; least squares, 10B cut",
            AverageCell.Over(plain),
            AverageCell.Over(withTarget),
            targetFraction);
    }
}
