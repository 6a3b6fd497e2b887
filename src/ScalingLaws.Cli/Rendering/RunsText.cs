using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Rendering;

/// <summary>How the command line words the runs of a table, the kind of bootstrap, and checkpoint dominance.</summary>
internal static class RunsText
{
    // Runs recognised only by consecutive rising tokens may be a sweep of final values listed by N, then D.
    private const string OneRowPerRun = "--one-row-per-run";

    /// <summary>"4,852 rows from 261 runs in FILE (…)" or "240 rows from FILE (one row per run)".</summary>
    public static string Rows(RunIndex runs, string source) => runs.Grouping switch
    {
        RunGrouping.FinalValues => $"{QuantityFormat.CountedGrouped(runs.Rows, "row")} from {source} (one row per run)",
        RunGrouping.Steps => $"{Numbers.Count(runs.Rows)} rows from {Numbers.Count(runs.Count)} runs in {source} (checkpoints grouped by model, N and step)",
        RunGrouping.Labels => $"{Numbers.Count(runs.Rows)} rows from {Numbers.Count(runs.Count)} runs in {source} (checkpoints grouped by model label)",
        _ => $"{Numbers.Count(runs.Rows)} rows from {Numbers.Count(runs.Count)} runs in {source} (consecutive rows of one N at rising tokens are one run's checkpoints; {OneRowPerRun} if each row is a run of its own)",
    };

    /// <summary>"resampled 261 runs (whole runs: their checkpoints are not independent)" or "resampled 240 rows".</summary>
    public static string Resampled(BootstrapResult bootstrap) =>
        bootstrap.Kind == BootstrapKind.Runs
            ? $"resampled {Numbers.Count(bootstrap.Units)} runs (whole runs: their checkpoints are not independent)"
            : $"resampled {(bootstrap.Units > 0 ? Numbers.Count(bootstrap.Units) + " " : "")}rows";

    /// <summary>The warning for a fit dominated by checkpoints; runs recognised only by rising tokens also get the way to read them apart.</summary>
    public static string Dominance(CheckpointDominance dominance, RunGrouping grouping)
    {
        var why = new List<string>();
        if (dominance.ManyCheckpointsPerRun)
            why.Add($"{Numbers.Count(dominance.Rows)} rows come from {Numbers.Count(dominance.Runs)} runs ({dominance.RowsPerRun:0.#} per run)");
        if (dominance.FewRunsHoldMostRows)
            why.Add($"the largest {Numbers.Count(dominance.LargestRuns)} of {Numbers.Count(dominance.Runs)} runs hold {Numbers.Percent(dominance.LargestRunsShare)} of the rows");
        return $"checkpoints dominate this fit: {string.Join(", and ", why)}. Every row counts once, so runs weigh as often as they were evaluated " +
               "and mid-run losses pull the law; give --final to fit each run's last checkpoint for a law of finished runs, and use --bootstrap for intervals (it resamples whole runs)" +
               (grouping == RunGrouping.ConsecutiveTokens ? $"; or, if these are not checkpoints but separate runs listed by N, then tokens, give {OneRowPerRun}." : ".");
    }
}
