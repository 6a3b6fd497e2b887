using ScalingLaws.Analysis;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Report.Sections;

/// <summary>Benchmark accuracy (<see cref="DownstreamTasks"/>): each task's accuracy law and whether these runs can predict it.</summary>
internal sealed class DownstreamSection() : ReportSection("downstream", "Benchmark accuracy")
{
    public override void Write(HtmlWriter html, ReportData data)
    {
        if (data.Downstream.Count == 0)
        {
            Note(html, data.DownstreamNote ?? "No benchmark scores.");
            return;
        }
        Note(html,
            "Each task's accuracy (acc) fitted by least squares: against the loss with Gadre et al.'s exponential law acc = 1 − Err, Err = eps − a·exp(−b·L), " +
            "or against compute C = 6ND with acc = c + (u − c)/(1 + (C/C0)^(−alpha)) when the rows have no loss. A task is predictable when at least 3 scores stand " +
            "3 standard errors above chance and the fitted law rises that far too; otherwise these runs cannot predict it ('scaling downstream' predicts and backtests).");
        var table = new SortableTable([new("task", Numeric: false), new("chance"), new("rows"), new("best score"), new("law", Numeric: false),
            new("parameters", Numeric: false), new("scatter", Title: "Residual SD of single scores around the law"), new("predictable", Numeric: false)]);
        foreach (var t in data.Downstream)
        {
            var best = t.Task.Rows.Max(r => r.Score);
            table.Add(t.Task.Task, new(ReportFormat.Value(t.Task.Chance), t.Task.Chance), ReportFormat.Integer(t.Task.Count), new(ReportFormat.Value(best), best),
                t.Fit?.Law.Name ?? "–",
                t.Fit is { } fit ? string.Join(", ", fit.Law.Parameters.Select((p, i) => $"{p.Name} = {ReportFormat.Value(fit.Values[i])}")) : "–",
                t.Fit is { } f ? new(ReportFormat.Value(f.Scatter), f.Scatter) : new(""),
                t.Verdict is null ? "yes" : "no: " + VerdictText.Describe(t.Verdict));
        }
        table.Write(html);
    }
}
