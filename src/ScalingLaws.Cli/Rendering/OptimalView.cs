using ScalingLaws.Laws;
using ScalingLaws.IO;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The table of <c>scaling optimal</c>: per row the budget, N*, D*, the loss and tokens per
/// parameter, each with its 95% interval under it when the law has bootstrap resamples, and
/// Kaplan's N_opt beside them.
/// </summary>
internal static class OptimalView
{
    public static void Write(IAnsiConsole console, string source, OptimalReport report, BootstrapResult? bootstrap, PredictiveModel? predictive = null)
    {
        console.MarkupLine(Markup.Escape($"chinchilla law from {source}: N* = G·(C/6)^a, D* = (C/6)^b/G with a = {Numbers.Value(report.A)}, b = {Numbers.Value(report.B)}, G = {Numbers.Value(report.G)}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("given");
        foreach (var heading in new[] { "FLOPs C", "params N*", "tokens D*", "loss", "tokens/param", "Kaplan N (non-emb.)", "Kaplan D" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        for (var i = 0; i < report.Rows.Count; i++)
            table.AddRow(Cells(report.Rows[i], report.Kaplan[i]).Select(c => new Text(c)).ToArray());
        console.Write(table);
        foreach (var note in Notes(report, bootstrap))
            console.MarkupLine(Markup.Escape(note));
        if (predictive is { Undetermined: { Length: > 0 } undetermined })
            console.MarkupLine(Markup.Escape(
                $"warning: the fit behind this law had too few distinct {string.Join(" and ", undetermined.Select(Symbols.Of))} to determine its term in them, " +
                "so the allocation rests on an exponent the data never saw, and losses beyond the fitted runs get no predictive interval; fit more sizes, or hold or tie a parameter of that term with --fix or --tie."));
        else if (bootstrap is not null && predictive is not null)
            console.MarkupLine(Markup.Escape($"The loss intervals are predictive: the resamples' spread plus the law's own extrapolation error, {ErrorModelText.Describe(predictive)}."));
    }

    private static IEnumerable<string> Cells(OptimalRow row, OptimalReport.KaplanRow kaplan)
    {
        var ci = row.Ci95;
        yield return Label(row);
        yield return WithInterval(Quantity.FormatScientific(row.Flops), ci?.Flops, v => Quantity.FormatScientific(v));
        yield return WithInterval(Quantity.Format(row.Params), ci?.Params, v => Quantity.Format(v));
        yield return WithInterval(Quantity.Format(row.Tokens), ci?.Tokens, v => Quantity.Format(v));
        yield return WithInterval(Numbers.Value(row.Loss), ci?.Loss, Numbers.Value);
        yield return Numbers.Format(row.TokensPerParam, 3);
        yield return Quantity.Format(kaplan.Params);
        yield return Quantity.Format(kaplan.Tokens);
    }

    private static string Label(OptimalRow row) => row.Given switch
    {
        "flops" => $"C = {Quantity.FormatScientific(row.Flops)}",
        "loss" => $"loss = {Numbers.Value(row.Loss)}",
        _ => $"N = {Quantity.Format(row.Params)}",
    };

    // The interval goes under the value; the quantity that was given has none.
    private static string WithInterval(string value, double[]? interval, Func<double, string> format) =>
        interval is [var lower, var upper] ? $"{value}\n[{format(lower)}, {format(upper)}]" : value;

    private static IEnumerable<string> Notes(OptimalReport report, BootstrapResult? bootstrap)
    {
        if (bootstrap is not null)
        {
            yield return $"95% intervals (under each value) from {Numbers.Count(bootstrap.Converged)} bootstrap resamples.";
            foreach (var row in report.Rows.Where(r => r.Ci95 is { } ci && ci.Resamples < bootstrap.Converged))
                yield return $"{Label(row)}: only {Numbers.Count(row.Ci95!.Resamples)} resamples can reach it (the others have E above it); its intervals use those.";
        }
        yield return "Kaplan N = 1.3e9·C^0.73 with C in PF-days (Kaplan et al. 2020) counts non-embedding parameters only; Kaplan D = C/(6N).";
    }
}
