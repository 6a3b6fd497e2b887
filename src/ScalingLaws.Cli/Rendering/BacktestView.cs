using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A backtest: the cut points, then coverage, error and interval width by extrapolation factor,
/// the totals (split by where each interval's error model came from), and the model for the whole table.
/// </summary>
internal static class BacktestView
{
    public static void Write(IAnsiConsole console, ScalingLaw law, ObservationTable table, BacktestResult result)
    {
        var fitted = result.Fits.Count(f => f.Succeeded);
        // How the rows were read as runs decides how held-out errors are weighed, so the heading says it as fit's does.
        console.MarkupLine(Markup.Escape($"{law.Name} law, backtest by {ExtrapolationDocument.OrderName(result.Order)}: {RunsText.Rows(RunIndex.Of(table), table.Source)}"));
        foreach (var note in table.Notes)
            console.MarkupLine(Markup.Escape($"  · {note}"));
        console.MarkupLine(Markup.Escape($"{Numbers.Count(result.Fits.Length)} cut points{Families(result)}, {Numbers.Count(fitted)} fitted; each interval from earlier cuts only"));
        foreach (var fit in result.Fits.Where(f => !f.Succeeded))
            console.MarkupLine(Markup.Escape($"  cut {fit.Cut.Index + 1} (fitted up to {Scale(fit.Cut.Scale)}): no fit ({fit.Failure!.Worded()})"));
        if (result.Predictions.Length > 0)
            console.Write(BinTable(result));
        foreach (var line in Totals(result))
            console.MarkupLine(Markup.Escape(line));
    }

    private static Table BinTable(BacktestResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(result.Model.Along == ExtrapolationAxis.Undertraining ? "D/N below the fitted" : "beyond the data");
        foreach (var heading in new[] { "held-out runs", "rows", "covered", "mean |error|", "mean half-width" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var bin in result.Bins())
            table.AddRow(Cells(BinLabel(bin), bin.HeldOut));
        table.AddRow(Cells("all", result.Summary));
        return table;
    }

    private static Text[] Cells(string label, HeldOutCoverage s) =>
    [
        new(label), new(ErrorModelText.Runs(s.Runs)), new(Numbers.Count(s.Rows)), new(Numbers.Percent(s.Coverage)),
        new(Numbers.Percent(s.MeanRelativeError)), new(Numbers.Percent(s.MeanRelativeHalfWidth)),
    ];

    private static IEnumerable<string> Totals(BacktestResult result)
    {
        var all = result.Summary;
        if (all.Rows > 0)
            yield return $"the predictive 95% interval covered {Numbers.Percent(all.Coverage)} of {ErrorModelText.Runs(all.Runs)} held-out runs; " +
                $"its mean half-width is {Numbers.Format(all.WidthRatio, 3)}× the mean relative error of the prediction.";
        foreach (var source in new[] { ErrorModelSource.Backtest, ErrorModelSource.Prior })
        {
            var part = result.SummaryOf(source);
            if (part.Rows > 0 && part.Rows < all.Rows)
                yield return $"  intervals {(source == ErrorModelSource.Backtest ? "measured on the table's earlier cuts" : "from the Hitchhiker prior (too few earlier cuts)")}: " +
                    $"{Numbers.Percent(part.Coverage)} of {ErrorModelText.Runs(part.Runs)} runs covered, half-width {Numbers.Format(part.WidthRatio, 3)}× the error.";
        }
        var outside = result.OutsideTokensPerParam;
        if (outside.Rows > 0)
            yield return $"  held-out runs at a tokens per parameter D/N outside their cut's fitted range, which the intervals do not allow for: " +
                $"{Numbers.Percent(outside.Coverage)} of {ErrorModelText.Runs(outside.Runs)} runs covered, half-width {Numbers.Format(outside.WidthRatio, 3)}× the error.";
        foreach (var line in Undetermined(result))
            yield return line;
        var stored = result.Order == BacktestOrder.TokensPerParam ? "what 'fit --out' adds below the fitted D/N" : "what 'fit --out' stores";
        yield return $"error model of a law fitted to the whole table ({stored}): {ErrorModelText.Describe(result.Model, result.Order)}.";
    }

    // Why some held-out runs have no interval, and how wrong their predictions were: one line per reason.
    private static IEnumerable<string> Undetermined(BacktestResult result)
    {
        var cuts = result.Fits.ToDictionary(f => f.Cut.Index);
        foreach (var reason in result.Undetermined.GroupBy(r => cuts[r.Cut].NotFalling.IsDefaultOrEmpty).OrderBy(g => g.Key))
        {
            var rows = reason.ToArray();
            var fits = rows.Select(r => cuts[r.Cut]).Distinct().ToArray();
            var head = $"no interval for {ErrorModelText.Runs(rows.Sum(r => r.Weight))} held-out runs ({Numbers.Count(rows.Length)} rows) of {Numbers.Count(fits.Length)} cut points: ";
            var tail = $"their mean error was {Numbers.Percent(UndeterminedPrediction.MeanRelativeError(rows))}.";
            if (reason.Key)
            {
                var inputs = Names(fits.SelectMany(f => f.Undetermined));
                yield return head + $"those fits saw too few distinct values of {inputs} to determine the law's term in it (e.g. 2 sizes for E + A/N^alpha) and the runs lie beyond them; " +
                    tail + $" Fit more distinct values of {inputs}, or fix or tie a parameter of that term (--fix, --tie).";
            }
            else
                yield return head + $"the law those fits found does not fall with {Names(fits.SelectMany(f => f.NotFalling), " or ")} anywhere on their rows (an exponent at or below 0: " +
                    "they saw no effect of it), and that unseen term decides where every extrapolation levels off; " + tail;
        }
    }

    private static string Names(IEnumerable<Field> inputs, string separator = " and ") => string.Join(separator, inputs.Distinct().Select(i => i.ToString().ToLowerInvariant()));

    /// <summary>The JSON of <c>scaling backtest --json</c>.</summary>
    public static BacktestJson Json(ScalingLaw law, ObservationTable table, BacktestResult result, bool withRows) => new(
        law.Name,
        ExtrapolationDocument.OrderName(result.Order),
        table.Count,
        SummaryJson(result.Summary),
        SummaryJson(result.SummaryOf(ErrorModelSource.Backtest)),
        SummaryJson(result.SummaryOf(ErrorModelSource.Prior)),
        SummaryJson(result.OutsideTokensPerParam),
        result.Bins().Select(b => new BacktestBinJson(
            b.LowerFactor, double.IsFinite(b.UpperFactor) ? b.UpperFactor : null, b.HeldOut.Rows, b.HeldOut.Runs, b.HeldOut.Coverage,
            b.HeldOut.MeanRelativeError, b.HeldOut.MeanRelativeHalfWidth)),
        result.Undetermined.Length == 0
            ? null
            : new UndeterminedJson(result.Undetermined.Length, result.Undetermined.Sum(r => r.Weight), UndeterminedPrediction.MeanRelativeError(result.Undetermined)),
        ModelJson(result.Model),
        result.Fits.Select(f => new BacktestCutJson(
            f.Cut.Index + 1, f.Cut.Family, f.Cut.Scale, f.Cut.Train.Length, f.Cut.HeldOut.Length,
            f.Failure?.Worded(), f.Failure is null ? FitDiagnosticText.Name(f.Status) : null,
            f.Undetermined.IsDefaultOrEmpty ? null : f.Undetermined.Select(i => i.ToString().ToLowerInvariant()),
            f.NotFalling.IsDefaultOrEmpty ? null : f.NotFalling.Select(i => i.ToString().ToLowerInvariant()), f.Model is null ? null : ModelJson(f.Model))),
        withRows
            ? result.Predictions.Select(p => new BacktestRowJson(
                p.Cut + 1, p.Family, p.Run, p.Row.Params, p.Row.Tokens, p.Row.Flops, p.Row.Loss, p.Predicted,
                [p.Interval.Lower, p.Interval.Upper], p.Interval.Distance.Combined, p.Covered, p.Weight,
                p.Source == ErrorModelSource.Prior ? "prior" : "backtest"))
            : null);

    private static BacktestSummaryJson? SummaryJson(HeldOutCoverage s) => s.Rows == 0
        ? null
        : new(s.Rows, s.Runs, s.Coverage, s.MeanRelativeError, s.MeanRelativeHalfWidth, s.WidthRatio);

    private static ErrorModelJson ModelJson(ExtrapolationErrorModel m) =>
        new(m.Sigma0, m.Slope, m.Multiplier, m.Source == ErrorModelSource.Prior ? "prior" : "backtest", m.CutPoints, m.Runs);

    internal sealed record BacktestJson(
        string Law, string By, int Rows, BacktestSummaryJson? Summary, BacktestSummaryJson? Backtest, BacktestSummaryJson? Prior,
        BacktestSummaryJson? OutsideTokensPerParam, IEnumerable<BacktestBinJson> Bins, UndeterminedJson? Undetermined, ErrorModelJson Model, IEnumerable<BacktestCutJson> Cuts,
        IEnumerable<BacktestRowJson>? Predictions);

    internal sealed record BacktestSummaryJson(int Rows, double Runs, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth, double WidthRatio);

    internal sealed record BacktestBinJson(
        double LowerFactor, double? UpperFactor, int Rows, double Runs, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth);

    internal sealed record UndeterminedJson(int Rows, double Runs, double MeanRelativeError);

    internal sealed record BacktestCutJson(
        int Index, string? Family, double Scale, int TrainRows, int HeldOutRows, string? Failure, string? Status,
        IEnumerable<string>? Undetermined, IEnumerable<string>? NotFalling, ErrorModelJson? Model);

    internal sealed record BacktestRowJson(
        int Cut, string? Family, string Run, double Params, double Tokens, double Flops, double Loss, double Predicted,
        double[] Ci95, double Factor, bool Covered, double Weight, string Source);

    internal sealed record ErrorModelJson(double Sigma0, double Slope, double Multiplier, string Source, int CutPoints, double Runs);

    private static string Families(BacktestResult result)
    {
        var families = result.Fits.Select(f => f.Cut.Family).Distinct().Count();
        return families > 1 ? $" in {families} families (each backtested on its own)" : "";
    }

    private static string BinLabel(BacktestBin bin) => bin.UpperFactor <= 1
        ? "inside (1×)"
        : double.IsPositiveInfinity(bin.UpperFactor)
            ? $"over {PredictionView.Factor(bin.LowerFactor)}"
            : $"{PredictionView.Factor(Math.Max(bin.LowerFactor, 1))}–{PredictionView.Factor(bin.UpperFactor)}";

    private static string Scale(double value) => value >= 1e15 ? Quantity.FormatScientific(value) : Quantity.Format(value);
}
