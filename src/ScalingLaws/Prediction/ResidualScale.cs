using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The robust scale of a fit's in-sample residuals ln L − ln L̂: the weighted median of their absolute
/// values over 0.6745 (the normal MAD, around zero), each run weighing 1 whatever its number of
/// checkpoints, and never below <see cref="Floor"/>. Among checkpoints, a run needs at least <see cref="RowsPerRun"/>
/// fitted rows to count: a run's one row is also its level, which the law's terms in that run's size can pass through
/// (a fit of a run's 19 checkpoints and the next size's first one misses that one by 0.05% and the others by 2%), so it
/// shows no misfit. A table of final values has one row per run and every run counts. It is the unit of the <see cref="RelativePrior"/>:
/// a sweep whose law misses its own runs by 5% misses larger ones by more than a sweep that fits to 0.5%.
/// </summary>
internal static class ResidualScale
{
    /// <summary>The scale never falls below this (0.2% of the loss): a law with nearly as many parameters as runs can fit them exactly.</summary>
    public const double Floor = 2e-3;

    /// <summary>Fitted rows a run of a checkpoint table needs for its residuals to count.</summary>
    public const int RowsPerRun = 2;

    private const double NormalMad = 0.6744897501960817;

    /// <summary>The residual scale of <paramref name="values"/> on the rows of <paramref name="table"/> (runs as <see cref="RunIndex"/> recognises them).</summary>
    public static double Of(ScalingLaw law, IReadOnlyList<double> values, ObservationTable table) =>
        OfFitting(law, law.ToInternal([.. values]), table);

    /// <summary>The same with the parameters on the law's fitting scale (<see cref="ScalingLaw.ToInternal"/>).</summary>
    public static double OfFitting(ScalingLaw law, IReadOnlyList<double> theta, ObservationTable table)
    {
        var runs = RunIndex.Of(table);
        var anyRunCounts = runs.Sizes.Any(size => size >= RowsPerRun);
        var parameters = theta.ToArray();
        var residuals = Enumerable.Range(0, table.Count).Select(i =>
        {
            var row = table[i];
            var inputs = law.Inputs.Select(f => InputValue.Of(row, f)).ToArray();
            var size = runs.Sizes[runs.RunOf[i]];
            return (Math.Abs(Math.Log(row.Loss) - Math.Log(law.PredictFitting(parameters, inputs))), size >= RowsPerRun || !anyRunCounts ? 1.0 / size : 0);
        }).ToArray();
        var median = WeightedStatistics.Quantile(residuals, 0.5);
        return double.IsFinite(median) ? Math.Max(median / NormalMad, Floor) : Floor;
    }
}
