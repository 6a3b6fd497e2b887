using System.Globalization;
using ScalingLaws.Downstream;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The report of <c>scaling downstream predict</c>: each point's accuracy with its 95% interval, and the predicted loss of a two-step chain.</summary>
internal static class DownstreamPredictView
{
    public static void Write(IAnsiConsole console, string source, AccuracyFit law, IReadOnlyList<(double Params, double Tokens, AccuracyPrediction Prediction)> predictions)
    {
        console.MarkupLine($"[bold]{law.Law.Name}[/] law  {Markup.Escape(law.Law.Formula)}");
        console.MarkupLine(Markup.Escape($"task {law.Task} ({law.Metric}), chance level {Number(law.Chance)}, from {source}"));
        var chained = predictions.Any(p => p.Prediction.LossInterval is not null);
        var table = new Table().Border(TableBorder.Rounded);
        if (predictions.Any(p => double.IsFinite(p.Params)))
            table.AddColumn(new TableColumn("N").RightAligned()).AddColumn(new TableColumn("D").RightAligned());
        table.AddColumn(new TableColumn(law.Law.Input == AccuracyInput.Loss ? "loss" : "compute").RightAligned());
        if (chained)
            table.AddColumn(new TableColumn("loss 95%").RightAligned());
        table.AddColumn(new TableColumn("accuracy").RightAligned()).AddColumn(new TableColumn("95% interval").RightAligned());
        foreach (var (n, d, p) in predictions)
        {
            var cells = new List<string>();
            if (double.IsFinite(n))
                cells.AddRange([Quantity.Format(n), Quantity.Format(d)]);
            cells.Add(law.Law.Input == AccuracyInput.Loss ? Numbers.Format(p.Input, 4) : Quantity.FormatScientific(p.Input));
            if (chained)
                cells.Add(p.LossInterval is { } l ? $"[{Numbers.Format(l.Lower, 4)}, {Numbers.Format(l.Upper, 4)}]" : "");
            cells.AddRange([Number(p.Accuracy), $"[{Number(p.Lower)}, {Number(p.Upper)}]"]);
            table.AddRow([.. cells.Select(c => new Text(c))]);
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape(chained
            ? "The interval carries both steps: the loss law's 95% interval pushed through the accuracy law, plus the accuracy law's own (parameters and the scatter of single scores)."
            : "The interval is the accuracy law's own: its parameters' uncertainty plus the scatter of single scores around the law."));
        if (predictions.Any(p => p.Prediction.Input < law.InputMin || p.Prediction.Input > law.InputMax) && law.Law.Input == AccuracyInput.Loss)
            console.MarkupLine(Markup.Escape($"  · the law was fitted on losses {Numbers.Format(law.InputMin, 4)} to {Numbers.Format(law.InputMax, 4)}; points outside are extrapolations"));
    }

    public static AccuracyPointJson Json((double Params, double Tokens, AccuracyPrediction Prediction) point) => new(
        double.IsFinite(point.Params) ? point.Params : null,
        double.IsFinite(point.Tokens) ? point.Tokens : null,
        point.Prediction.Input,
        point.Prediction.Accuracy,
        [point.Prediction.Lower, point.Prediction.Upper],
        point.Prediction.LossInterval is { } l ? [l.Lower, l.Upper] : null);

    internal sealed record AccuracyPointJson(double? Params, double? Tokens, double Input, double Accuracy, double[] Ci95, double[]? LossCi95);

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
