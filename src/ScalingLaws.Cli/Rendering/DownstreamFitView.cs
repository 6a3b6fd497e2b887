using ScalingLaws.IO.Downstream;
using System.Globalization;
using ScalingLaws.Downstream;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The report of <c>scaling downstream fit</c>: one task's law with its parameters, or a table of every task.</summary>
internal static class DownstreamFitView
{
    public static void Write(IAnsiConsole console, string source, AccuracyFit fit, string? written)
    {
        console.MarkupLine($"[bold]{fit.Law.Name}[/] law  {Markup.Escape(fit.Law.Formula)}");
        console.MarkupLine(Markup.Escape($"task {fit.Task} ({fit.Metric}), chance level {Number(fit.Chance)}: {fit.Rows:N0} rows from {source}"));
        if (fit.LossName is not null)
            console.MarkupLine(Markup.Escape($"  · loss L = {fit.LossName}"));
        console.MarkupLine(Markup.Escape($"status: {IO.FitDiagnosticText.Name(fit.Fit!.Status)}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("parameter").AddColumn(new TableColumn("value").RightAligned()).AddColumn(new TableColumn("SE (curvature)").RightAligned());
        foreach (var p in fit.Fit.Parameters)
        {
            var note = p.Role == Fitting.ParameterRole.Fixed ? "fixed (chance)" : p.Bound != Fitting.BoundHit.None ? $"at {p.Bound.ToString().ToLowerInvariant()} bound" : Numbers.Error(p.StandardError);
            table.AddRow(new Text(p.Name), new Text(Numbers.Value(p.Value)), new Text(note));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape($"scatter    {Number(fit.Scatter)} (residual SD of single scores around the law)"));
        console.MarkupLine(Markup.Escape($"fitted on  {fit.Law.Input.ToString().ToLowerInvariant()} {Numbers.Format(fit.InputMin, 4)} to {Numbers.Format(fit.InputMax, 4)}"));
        if (VerdictText.Describe(fit.Verdict) is { } verdict)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape($"task {fit.Task} {verdict}.")}");
        else
            console.MarkupLine(Markup.Escape($"predictable: the fitted scores rise clearly above chance ({VerdictText.Noise(fit.Noise)} standard errors)"));
        if (written is not null)
            console.MarkupLine(Markup.Escape($"wrote {written}"));
    }

    /// <summary>One row per task: the law's parameters and whether the task is predictable.</summary>
    public static void WriteAll(IAnsiConsole console, string source, AccuracyLaw law, IReadOnlyList<(TaskScores Task, AccuracyFit? Fit, TaskVerdict? Verdict)> rows)
    {
        console.MarkupLine($"[bold]{law.Name}[/] law  {Markup.Escape(law.Formula)}");
        console.MarkupLine(Markup.Escape($"{rows.Count} tasks from {source}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("task").AddColumn(new TableColumn("chance").RightAligned()).AddColumn(new TableColumn("rows").RightAligned());
        foreach (var parameter in law.Parameters.Skip(law.Form == AccuracyForm.Exponential ? 0 : 1))
            table.AddColumn(new TableColumn(parameter.Name).RightAligned());
        table.AddColumn(new TableColumn("scatter").RightAligned()).AddColumn("predictable");
        foreach (var (task, fit, verdict) in rows)
        {
            var cells = new List<string> { task.Task, Number(task.Chance), task.Count.ToString("N0", CultureInfo.InvariantCulture) };
            var skip = law.Form == AccuracyForm.Exponential ? 0 : 1;
            cells.AddRange(fit is null ? Enumerable.Repeat("–", law.Parameters.Length - skip + 1) : [.. fit.Values.Skip(skip).Select(Numbers.Value), Number(fit.Scatter)]);
            cells.Add(verdict switch { null => "yes", AtChance => "no: at chance", ChanceAtOrAboveScores => "no: never above chance", FlatScores => "no: one score on every row", _ => "no" });
            table.AddRow([.. cells.Select(c => new Text(c))]);
        }
        console.Write(table);
        foreach (var (task, _, verdict) in rows.Where(r => r.Verdict is not null))
            console.MarkupLine(Markup.Escape($"  · {task.Task}: {VerdictText.Describe(verdict)}"));
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
