using ScalingLaws.Estimation;
using ScalingLaws.Estimation.Findings;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warning when no cell of the estimation study was scored: the table of dashes, each with its reason, was answered
/// with exit 0 as if it measured something ('findings' answered as many inconclusive findings so). A small sweep's usual cause is the default cut of 10B tokens, which drops most of its rows.
/// </summary>
internal static class UnscoredStudy
{
    public static bool Applies(StudyResult result) => !result.AnyScored;

    /// <summary>Whether no family's findings rest on a scored cell.</summary>
    public static bool Applies(IReadOnlyList<FamilyFindings> findings) => findings.All(f => f.ScoredCells == 0);

    /// <summary>The warning line; <paramref name="unwritten"/> is the figure not drawn, a heatmap of dashes only.</summary>
    public static string Warning(ObservationTable table, double cut, string? unwritten = null)
    {
        var lead = unwritten is null
            ? "warning: no cell of the study was scored (each cell's reason is listed)"
            : $"warning: --out {unwritten} not written: no cell of the study was scored ('scaling evaluate' lists each cell's reason)";
        return $"{lead}, so nothing measures the law's error; {Advice(table, cut)}.";
    }

    /// <summary>The warning line of 'findings', whose every finding is then inconclusive.</summary>
    public static string FindingsWarning(ObservationTable table, double cut) =>
        "warning: no cell of the study was scored ('scaling evaluate' lists each cell's reason), so every finding is inconclusive " +
        $"and none tests the paper's claims; {Advice(table, cut)}.";

    private static string Advice(ObservationTable table, double cut)
    {
        var dropped = cut > 0 ? table.Rows.Count(r => r.Tokens <= cut) : 0;
        return dropped > 0
            ? $"--token-cut {Quantity.Format(cut)} drops {dropped} of the {table.Count} rows (those with at most {Quantity.Format(cut)} tokens): give --token-cut 0 to keep them{Scaled(table, cut)}, or give more model sizes"
            : "give more model sizes or more checkpoints per run";
    }

    // The guide's cut in proportion to this table's runs, when it is below the cut that dropped them.
    private static string Scaled(ObservationTable table, double cut)
    {
        return CheckpointCut.Below(table, cut) is { } scaled
            ? $", or --token-cut {Quantity.Format(scaled)}, the guide's cut scaled to this table (its longest run, {Quantity.Format(table.Rows.Max(r => r.Tokens))} tokens, × 10B / 300B)"
            : "";
    }
}
