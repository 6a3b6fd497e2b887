using ScalingLaws.Uncertainty;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The table of <c>scaling optimal</c>: per row the budget, N*, D*, the loss and tokens per
/// parameter, each with its 95% interval under it when the law file has bootstrap resamples (else the loss's alone), and
/// Kaplan's N_opt beside them. Under the data-constrained law the unique tokens, epochs and the
/// unlimited-data allocation take Kaplan's place; with a GPU, the cost follows.
/// </summary>
internal static class OptimalView
{
    /// <param name="reachesEdge">The fit's E collapsed, so each loss interval beyond the data reaches up to the loss at its edge (<see cref="UnseenFloor"/>).</param>
    public static void Write(IAnsiConsole console, string source, OptimalReport report, BootstrapResult? bootstrap, PredictiveModel? predictive = null, bool reachesEdge = false)
    {
        var constrained = report.Rows.Any(r => r.UniqueTokens is not null);
        console.MarkupLine(Markup.Escape(constrained
            ? $"data-constrained law from {source}: N* and D* by a 1-D search along C = 6ND with U unique tokens; with unlimited data N* = G·(C/6)^a, a = {Numbers.Value(report.A)}, G = {Numbers.Value(report.G)}"
            : $"chinchilla law from {source}: N* = G·(C/6)^a, D* = (C/6)^b/G with a = {Numbers.Value(report.A)}, b = {Numbers.Value(report.B)}, G = {Numbers.Value(report.G)}"));
        var headings = constrained
            ? new[] { "FLOPs C", "unique U", "params N*", "tokens D*", "epochs", "loss", "unlimited N*", "unlimited loss" }
            : ["FLOPs C", "params N*", "tokens D*", "loss", "tokens/param", "Kaplan N (non-emb.)", "Kaplan D"];
        var table = new Table().Border(TableBorder.Rounded).AddColumn("given");
        foreach (var heading in headings.Concat(CostHeadings(report.Cost)))
            table.AddColumn(new TableColumn(heading).RightAligned());
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            var cells = constrained ? ConstrainedCells(row) : Cells(row, report.Kaplan[i]);
            table.AddRow(cells.Concat(CostCells(row, report.Cost)).Select(c => new Text(c)).ToArray());
        }
        console.Write(table);
        var notes = constrained ? report.Rows.Select(LimitNote) : Notes(report, bootstrap);
        foreach (var note in notes)
            console.MarkupLine(Markup.Escape(note));
        if (report.Cost is { } cost)
            console.MarkupLine(Markup.Escape(cost.Describe()));
        if (predictive is { Undetermined: { Length: > 0 } undetermined })
            console.MarkupLine(Markup.Escape(
                $"warning: the fit behind this law had too few distinct {string.Join(" and ", undetermined.Select(Symbols.Of))} to determine its term in them, " +
                "so the allocation rests on an exponent the data never saw, and losses beyond the fitted runs get no predictive interval; fit more sizes, or hold or tie a parameter of that term with --fix or --tie."));
        else if (predictive is not null && !constrained && report.Rows.Any(r => r.Ci95?.Loss is not null))
            console.MarkupLine(Markup.Escape($"The loss intervals are predictive: the {(bootstrap is null ? "parameters' uncertainty (delta method)" : "resamples' spread")} plus the law's own extrapolation error, {ErrorModelText.Describe(predictive)}." +
                (reachesEdge ? $" {UnseenFloorText.Collapsed}, so {UnseenFloorText.Reaches}." : "")));
        foreach (var row in report.Rows.Where(r => r.Beyond is not null))
            console.MarkupLine(Markup.Escape($"{Label(row)} ({(row.Given == "params" ? "" : $"N* = {Quantity.Format(row.Params)}, ")}D* = {Quantity.Format(row.Tokens)}): {row.Beyond}."));
    }

    /// <summary>
    /// A warning for the first row whose N* or D* is below one, where no model exists (a budget of 1e23 under a law edited to
    /// B = 1e10 was allocated 0.0178 parameters), or more than any training run has, as <see cref="OversizedCounts"/> finds for
    /// rows (a target loss just above E asked for 1.9e29 parameters); both were answered without a word.
    /// </summary>
    public static IEnumerable<string> Beyond(OptimalReport report) =>
        report.Rows.Select(r => Beyond(r, report.G)).OfType<string>().Take(1);

    private static string? Beyond(OptimalRow row, double g)
    {
        var asks = $"warning: {Label(row)} asks for N* = {Quantity.FormatScientific(row.Params)} parameters on D* = {Quantity.FormatScientific(row.Tokens)} tokens";
        if (row.Params < 1 || row.Tokens < 1)
            return $"{asks}, less than one {(row.Params >= 1 ? "token" : row.Tokens >= 1 ? "parameter" : "of each")}, where no model exists and the law says nothing; " +
                $"check the law's constants (G = {Numbers.Error(g)} in N* = G·(C/6)^a), or give a larger budget.";
        return row.Params > OversizedCounts.ParamsCeiling || row.Tokens > OversizedCounts.TokensCeiling
            ? $"{asks}, more than any training run has (above {Quantity.FormatScientific(OversizedCounts.ParamsCeiling)} parameters or " +
              $"{Quantity.FormatScientific(OversizedCounts.TokensCeiling)} tokens): no law was fitted anywhere near it; check the value or its unit, or go on if it is right."
            : null;
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

    private static IEnumerable<string> ConstrainedCells(OptimalRow row)
    {
        yield return Label(row);
        yield return Quantity.FormatScientific(row.Flops);
        yield return Quantity.Format(row.UniqueTokens!.Value);
        yield return Quantity.Format(row.Params);
        yield return Quantity.Format(row.Tokens);
        yield return Numbers.Format(row.Epochs!.Value, 3);
        yield return Numbers.Format(row.Loss, 6);
        yield return Quantity.Format(row.Unlimited!.Params);
        yield return Numbers.Format(row.Unlimited.Loss, 6);
    }

    // What repeating the data means at this budget, in words.
    private static string LimitNote(OptimalRow row) => row.LossCost > 0
        ? $"{Label(row)} with {Quantity.Format(row.UniqueTokens!.Value)} unique tokens: {Numbers.Format(row.Epochs!.Value, 3)} epochs; " +
          $"the limit costs {Numbers.Format(row.LossCost!.Value, 3)} in loss ({Numbers.Format(row.Loss, 6)} against {Numbers.Format(row.Unlimited!.Loss, 6)} with unlimited data, where N* = {Quantity.Format(row.Unlimited.Params)})."
        : $"{Label(row)} with {Quantity.Format(row.UniqueTokens!.Value)} unique tokens: the data suffices ({Numbers.Format(row.Epochs!.Value, 3)} of an epoch); the limit costs nothing.";

    private static IEnumerable<string> CostHeadings(CostBasis? cost)
    {
        if (cost is null)
            yield break;
        yield return "GPU-hours";
        if (cost.Gpus is not null)
            yield return "days";
        if (cost.Price is not null)
            yield return "dollars";
    }

    private static IEnumerable<string> CostCells(OptimalRow row, CostBasis? cost)
    {
        if (cost is null)
            yield break;
        var ci = row.CostCi95;
        yield return WithInterval(Quantity.Format(row.GpuHours!.Value), ci?.GpuHours, v => Quantity.Format(v));
        if (row.Days is { } days)
            yield return WithInterval(Numbers.Format(days, 3), ci?.Days, v => Numbers.Format(v, 3));
        if (row.Dollars is { } dollars)
            yield return WithInterval("$" + Quantity.Format(dollars), ci?.Dollars, v => "$" + Quantity.Format(v));
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
                yield return $"{Label(row)}: only {Numbers.Count(row.Ci95!.Resamples!.Value)} resamples can reach it (the others have E above it); its intervals use those.";
        }
        else if (report.Rows.Any(r => r.Ci95 is not null))
            yield return "The loss's 95% interval is under it; N*, D* and C get theirs from a law file with bootstrap resamples (fit with --bootstrap N --out): " +
                "the fit's curvature alone gives intervals of them that cover too seldom.";
        yield return "Kaplan N = 1.3e9·C^0.73 with C in PF-days (Kaplan et al. 2020) counts non-embedding parameters only; Kaplan D = C/(6N).";
    }
}
