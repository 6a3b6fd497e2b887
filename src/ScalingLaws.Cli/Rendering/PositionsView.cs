using ScalingLaws.Temporal;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The per-position report: the reciprocal law against the power law (pooled and per checkpoint) and
/// whether positions learn uniformly (the relative loss reduction per position between checkpoints).
/// </summary>
internal static class PositionsView
{
    private const int CheckpointRows = 12;

    public static void Write(IAnsiConsole console, PositionComparison result)
    {
        var run = result.Run;
        console.MarkupLine(Markup.Escape($"Per-position laws of run '{run.Run}' from {run.Source}: {Numbers.Count(run.Count)} checkpoints × {Numbers.Count(run.PositionCount)} positions"));
        console.WriteLine();
        console.Write(LawTable(result));
        var winner = result.Winner;
        var other = winner is HyperbolicPositionLaw ? result.Power : result.Hyperbolic;
        var best = winner is HyperbolicPositionLaw ? result.Hyperbolic : result.Power;
        console.MarkupLine(Markup.Escape($"The {winner.Name} law fits better overall (pooled R² {Numbers.R2(best.R2)} against {Numbers.R2(other.R2)}); it wins at {Numbers.Count(winner is HyperbolicPositionLaw ? result.HyperbolicWins : run.Count - result.HyperbolicWins)} of {Numbers.Count(run.Count)} checkpoints."));
        console.WriteLine();
        console.Write(CheckpointTable(result, out var shown));
        if (Thinned.Note(shown, run.Count, "checkpoints") is { Length: > 0 } note)
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        console.WriteLine();
        WriteLearning(console, result.Learning);
        console.MarkupLine(Markup.Escape("status: " + string.Join("; ", Laws.Select(law => $"{law.Name} " +
            string.Join(", ", Statuses(result, law).Select(s => $"{Numbers.Count(s.Value)} {s.Key}"))))));
        foreach (var (checkpoint, law) in result.Unconverged)
            console.MarkupLine(Markup.Escape($"warning: the {law.Name} fit at step {checkpoint.Step:N0} did not converge; its values are the best found."));
        // One line per law and kind of diagnostic, however many checkpoints share it.
        foreach (var group in Diagnostics(result).GroupBy(d => (d.Fit.Law, Kind: d.Diagnostic.GetType())))
        {
            var (checkpoint, _, diagnostic) = group.First();
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape($"{group.Key.Law.Name} law at {Numbers.Count(group.Select(d => d.Checkpoint).Distinct().Count())} of {Numbers.Count(run.Count)} checkpoints (e.g. step {checkpoint.Step:N0}): {DiagnosticAdvice.PositionSentence(diagnostic)}")}");
        }
    }

    private static readonly PositionLaw[] Laws = [HyperbolicPositionLaw.Instance, PowerPositionLaw.Instance];

    /// <summary>How many checkpoints' fits of <paramref name="law"/> ended in each status, by the status's JSON name.</summary>
    private static Dictionary<string, int> Statuses(PositionComparison result, PositionLaw law) =>
        result.Fits.Where(f => f.Fit.Law == law).GroupBy(f => f.Fit.Status).OrderBy(g => g.Key)
            .ToDictionary(g => FitDiagnosticText.Name(g.Key), g => g.Count());

    private static IEnumerable<(PositionCheckpoint Checkpoint, PositionLawFit Fit, FitDiagnostic Diagnostic)> Diagnostics(PositionComparison result) =>
        result.Fits.SelectMany(f => f.Fit.Diagnostics.Select(d => (f.Checkpoint, f.Fit, d)));

    private static Table LawTable(PositionComparison result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("law").AddColumn("formula")
            .AddColumn(new TableColumn("pooled R²").RightAligned()).AddColumn(new TableColumn("RMSE").RightAligned())
            .AddColumn(new TableColumn("mean rel. error").RightAligned()).AddColumn(new TableColumn("max rel. error").RightAligned())
            .AddColumn(new TableColumn("wins").RightAligned());
        foreach (var (law, m, wins) in new[]
        {
            ((PositionLaw)HyperbolicPositionLaw.Instance, result.Hyperbolic, result.HyperbolicWins),
            (PowerPositionLaw.Instance, result.Power, result.Run.Count - result.HyperbolicWins),
        })
        {
            table.AddRow(law.Name, Markup.Escape(law.Formula), Numbers.R2(m.R2), Numbers.Error(m.Rmse), Numbers.Percent(m.Mre), Numbers.Percent(m.MaxRe), Numbers.Count(wins));
        }
        return table;
    }

    private static Table CheckpointTable(PositionComparison result, out int shown)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("step").RightAligned()).AddColumn(new TableColumn("tokens").RightAligned())
            .AddColumn(new TableColumn("hyperbolic a0, a1, a2").RightAligned()).AddColumn(new TableColumn("R²").RightAligned())
            .AddColumn(new TableColumn("power a0, c, a2").RightAligned()).AddColumn(new TableColumn("R²").RightAligned())
            .AddColumn("better");
        var rows = Thinned.Indices(result.Checkpoints.Length, CheckpointRows);
        foreach (var k in rows)
        {
            var c = result.Checkpoints[k];
            table.AddRow(
                Numbers.Count((int)c.Checkpoint.Step), Quantity.Format(c.Checkpoint.Tokens),
                Values(c.Hyperbolic), Numbers.R2(c.Hyperbolic.Metrics.R2),
                Values(c.Power), Numbers.R2(c.Power.Metrics.R2),
                c.Winner.Name);
        }
        shown = rows.Count;
        return table;
    }

    private static string Values(PositionLawFit fit) => string.Join(", ", fit.Values.Select(Numbers.Value)) + (fit.Status.IsUsable() ? "" : " (not converged)");

    private static void WriteLearning(IAnsiConsole console, UniformLearning learning)
    {
        if (learning.Overall is not { } overall)
        {
            console.MarkupLine("Uniform learning: one checkpoint only, no reduction to compare.");
            return;
        }
        console.MarkupLine("Do positions learn uniformly? Relative loss reduction (L_i(from) − L_i(to))/L_i(from) across positions:");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("steps").AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("CV across positions").RightAligned())
            .AddColumn(new TableColumn($"first {overall.Tenth} positions").RightAligned()).AddColumn(new TableColumn($"last {overall.Tenth} positions").RightAligned());
        foreach (var interval in learning.Quarters.Prepend(overall))
        {
            table.AddRow(
                $"{interval.From.Step:N0} → {interval.To.Step:N0}" + (interval == overall ? " (whole run)" : ""),
                Numbers.Percent(interval.Mean), Numbers.Error(interval.CoefficientOfVariation),
                Numbers.Percent(interval.EarlyMean), Numbers.Percent(interval.LateMean));
        }
        console.Write(table);
        var positions = Octaves(overall.Reductions.Length);
        console.MarkupLine(Markup.Escape("whole run, by position: " + string.Join(", ", positions.Select(i => $"{i}: {Numbers.Percent(overall.Reductions[i - 1])}"))));
        console.MarkupLine(Markup.Escape($"CV = standard deviation / mean across positions; 0 means every position fell by the same fraction (Xiong et al. 2024 report near-uniform learning); evaluation noise inflates it when the reductions are small."));
    }

    private static IEnumerable<int> Octaves(int count)
    {
        for (var i = 1; i < count; i *= 2)
            yield return i;
        yield return count;
    }

    public static PositionComparisonJson Json(PositionComparison result) => new(
        result.Run.Run,
        result.Run.Source,
        result.Run.Count,
        result.Run.PositionCount,
        result.Winner.Name,
        [
            LawJson(HyperbolicPositionLaw.Instance, result.Hyperbolic, result.HyperbolicWins, Statuses(result, HyperbolicPositionLaw.Instance)),
            LawJson(PowerPositionLaw.Instance, result.Power, result.Run.Count - result.HyperbolicWins, Statuses(result, PowerPositionLaw.Instance)),
        ],
        result.Checkpoints.Select(c => new PositionCheckpointJson(c.Checkpoint.Step, c.Checkpoint.Tokens, FitJson(c.Hyperbolic), FitJson(c.Power), c.Winner.Name)),
        result.Learning.Overall is { } overall
            ? new LearningJson(IntervalJson(overall, withReductions: true), result.Learning.Quarters.Select(q => IntervalJson(q, withReductions: false)))
            : null);

    private static PositionLawJson LawJson(PositionLaw law, FitMetrics metrics, int wins, Dictionary<string, int> statuses) =>
        new(law.Name, law.Formula, metrics.R2, metrics.Mae, metrics.Rmse, metrics.Mre, metrics.MaxRe, wins, statuses);

    private static PositionFitJson FitJson(PositionLawFit fit) => new(
        fit.Law.ParameterNames.Zip(fit.Values).ToDictionary(p => p.First, p => p.Second),
        fit.Metrics.R2,
        fit.Metrics.Rmse,
        FitDiagnosticText.Name(fit.Status),
        fit.Diagnostics.Select(DiagnosticAdvice.PositionSentence));

    private static LearningIntervalJson IntervalJson(LearningInterval interval, bool withReductions) => new(
        interval.From.Step, interval.To.Step, interval.Mean, interval.StandardDeviation, interval.CoefficientOfVariation,
        interval.EarlyMean, interval.LateMean, withReductions ? [.. interval.Reductions] : null);

    internal sealed record PositionComparisonJson(
        string Run, string Source, int Checkpoints, int Positions, string Winner, IReadOnlyList<PositionLawJson> Laws,
        IEnumerable<PositionCheckpointJson> Fits, LearningJson? Learning);

    internal sealed record PositionLawJson(
        string Law, string Formula, double R2, double Mae, double Rmse, double Mre, double Maxre, int Wins, Dictionary<string, int> Statuses);

    internal sealed record PositionCheckpointJson(double Step, double Tokens, PositionFitJson Hyperbolic, PositionFitJson Power, string Winner);

    internal sealed record PositionFitJson(Dictionary<string, double> Params, double R2, double Rmse, string Status, IEnumerable<string> Warnings);

    internal sealed record LearningJson(LearningIntervalJson Overall, IEnumerable<LearningIntervalJson> Quarters);

    /// <param name="Reductions">Each position's reduction, for the whole run only (absent for the quarters).</param>
    [OmitNulls]
    internal sealed record LearningIntervalJson(
        double FromStep, double ToStep, double Mean, double Sd, double Cv, double Early, double Late,
        double[]? Reductions);
}
