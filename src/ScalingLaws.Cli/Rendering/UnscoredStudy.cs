using ScalingLaws.Estimation;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warning when no cell of the estimation study was scored: the table of dashes, each with its reason, was answered
/// with exit 0 as if it measured something. A small sweep's usual cause is the default cut of 10B tokens, which drops most of its rows.
/// </summary>
internal static class UnscoredStudy
{
    public static bool Applies(StudyResult result) => !result.Families.Any(f => f.Cells.Any(c => c.Status == CellStatus.Ok));

    /// <summary>The warning line; <paramref name="unwritten"/> is the figure not drawn, a heatmap of dashes only.</summary>
    public static string Warning(ObservationTable table, double cut, string? unwritten = null)
    {
        var dropped = cut > 0 ? table.Rows.Count(r => r.Tokens <= cut) : 0;
        var advice = dropped > 0
            ? $"--token-cut {Quantity.Format(cut)} drops {dropped} of the {table.Count} rows (those with at most {Quantity.Format(cut)} tokens): give --token-cut 0 to keep them, or give more model sizes"
            : "give more model sizes or more checkpoints per run";
        var lead = unwritten is null
            ? "warning: no cell of the study was scored (each cell's reason is listed)"
            : $"warning: --out {unwritten} not written: no cell of the study was scored ('scaling evaluate' lists each cell's reason)";
        return $"{lead}, so nothing measures the law's error; {advice}.";
    }
}
