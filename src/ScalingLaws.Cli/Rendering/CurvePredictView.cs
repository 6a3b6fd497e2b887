using System.Globalization;
using ScalingLaws.Curves;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The report of <c>scaling curve predict</c>: each target's predicted loss at its logged steps, against the observed.</summary>
internal static class CurvePredictView
{
    public static void Write(CurveLaw law, IReadOnlyList<CurvePrediction> predictions)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{law.Name}[/] law  {Markup.Escape(law.Formula)}");
        foreach (var p in predictions)
        {
            console.MarkupLine(Markup.Escape($"{p.Target.Name}: {Numbers.Count(p.Target.Count)} points; {CurveFitView.Describe(p.Metrics)}"));
            var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("step").RightAligned())
                .AddColumn(new TableColumn("observed").RightAligned()).AddColumn(new TableColumn("predicted").RightAligned()).AddColumn(new TableColumn("rel. error").RightAligned());
            for (var i = 0; i < p.Target.Count; i++)
            {
                var (observed, predicted) = (p.Target.Loss[i], p.Predicted[i]);
                table.AddRow(p.Target.Steps[i].ToString("N0", CultureInfo.InvariantCulture), Loss(observed), Loss(predicted), Numbers.Percent((predicted - observed) / observed));
            }
            console.Write(table);
        }
    }

    public static object Json(CurveLaw law, IReadOnlyList<double> values, IReadOnlyList<CurvePrediction> predictions) => new
    {
        law = law.Name,
        @params = law.Parameters.Select((p, j) => (p.Name, Value: values[j])).ToDictionary(p => p.Name, p => p.Value),
        curves = predictions.Select(p => new
        {
            curve = p.Target.Name,
            metrics = IO.Curves.CurveMetricsJson.Of(p.Metrics),
            points = Enumerable.Range(0, p.Target.Count).Select(i => new { step = p.Target.Steps[i], observed = p.Target.Loss[i], predicted = p.Predicted[i] }),
        }),
    };

    private static string Loss(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
