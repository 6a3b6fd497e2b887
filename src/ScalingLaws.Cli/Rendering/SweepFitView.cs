using ScalingLaws.Planning.Hyperparameters;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>A sweep's fit for <c>scaling hparams --sweep</c>: each cell's optimum, and the two power laws with 95% intervals.</summary>
internal sealed record SweepFitView(IReadOnlyList<HyperparameterBowl> Optima, SweepFitView.Law LearningRate, SweepFitView.Law Batch)
{
    /// <summary>A power law's scale and exponents, each with its 95% interval (± 1.96 standard errors on the log scale).</summary>
    internal sealed record Law(double Scale, double[] ScaleCi95, double[] Exponents, double[][] ExponentsCi95, string[] Inputs);

    public static SweepFitView Of(HyperparameterSweepFit fit) => new(fit.Optima, LawOf(fit.LearningRate, ["N", "D"]), LawOf(fit.Batch, ["D"]));

    private static Law LawOf(LogLinearFit fit, string[] inputs) => new(
        fit.Scale,
        [Math.Exp(fit.LogScale - 1.96 * fit.LogScaleError), Math.Exp(fit.LogScale + 1.96 * fit.LogScaleError)],
        fit.Exponents,
        [.. fit.Exponents.Select((p, i) => new[] { p - 1.96 * fit.ExponentErrors[i], p + 1.96 * fit.ExponentErrors[i] })],
        inputs);

    public void Write(IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var heading in new[] { "params N", "tokens D", "runs", "lr*", "batch* (tokens)", "loss at the optimum" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var o in Optima)
            table.AddRow(new[] { Quantity.Format(o.Params), Quantity.Format(o.Tokens), o.Runs.ToString(), Numbers.Format(o.LearningRate, 3), Quantity.Format(o.BatchTokens), Numbers.Value(o.Loss) }.Select(c => new Text(c)).ToArray());
        console.Write(table);
        console.MarkupLine(Markup.Escape($"lr* = {Describe(LearningRate)}"));
        console.MarkupLine(Markup.Escape($"batch* = {Describe(Batch)} tokens"));
        console.MarkupLine(Markup.Escape("Each cell's optimum is the minimum of a quadratic bowl in (ln lr, ln batch) fitted to its runs; the power laws are least squares on the logs of the optima, with 95% intervals (± 1.96 standard errors)."));
    }

    private static string Describe(Law law) =>
        $"{Numbers.Format(law.Scale, 3)} [{Numbers.Format(law.ScaleCi95[0], 3)}, {Numbers.Format(law.ScaleCi95[1], 3)}]" +
        string.Concat(law.Exponents.Select((p, i) => $" · {law.Inputs[i]}^{Numbers.Format(p, 3)} [{Numbers.Format(law.ExponentsCi95[i][0], 3)}, {Numbers.Format(law.ExponentsCi95[i][1], 3)}]"));
}
