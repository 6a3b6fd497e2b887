using System.Globalization;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A table of predictions: N, D, C, predicted loss, its predictive 95% interval and, with a bootstrap,
/// the parameters-only interval; then what the predictive interval is made of and, for every prediction
/// beyond the data, how far. Rows of a table that observed a loss add it, the error and whether the interval holds it,
/// and a last line sums the coverage up.
/// </summary>
internal static class PredictionView
{
    public static void Write(IAnsiConsole console, ScalingLaw law, string source, IReadOnlyList<PredictedLoss> predictions, PredictiveModel? predictive,
        IReadOnlyList<string>? notes = null, HeldOutCoverage? heldOut = null)
    {
        console.MarkupLine(Markup.Escape($"{law.Name} law from {source}: {law.Formula}"));
        foreach (var note in notes ?? [])
            console.MarkupLine(Markup.Escape($"  · {note}"));
        var hasPredictive = predictions.Any(p => p.Ci95 is not null);
        var hasParameters = predictions.Any(p => p.ParamCi95 is not null);
        var hasModel = predictions.Any(p => p.Model is not null);
        var hasObserved = predictions.Any(p => p.Observed is not null);
        var table = new Table().Border(TableBorder.Rounded);
        if (hasModel)
            table.AddColumn("run");
        table.AddColumn(new TableColumn("params N").RightAligned())
            .AddColumn(new TableColumn("tokens D").RightAligned())
            .AddColumn(new TableColumn("FLOPs C").RightAligned())
            .AddColumn(new TableColumn("loss").RightAligned());
        if (hasPredictive)
            table.AddColumn(new TableColumn("predictive 95% interval").RightAligned());
        if (hasParameters)
            table.AddColumn(new TableColumn("parameters-only 95% interval").RightAligned());
        if (hasObserved)
            table.AddColumn(new TableColumn("observed").RightAligned()).AddColumn(new TableColumn("error").RightAligned()).AddColumn("inside");
        foreach (var p in predictions)
        {
            var cells = new List<string> { Size(p.Params), Size(p.Tokens), Flops(p.Flops), Numbers.Value(p.Loss) };
            if (hasModel)
                cells.Insert(0, p.Model ?? "");
            if (hasPredictive)
                cells.Add(Interval(p.Ci95));
            if (hasParameters)
                cells.Add(Interval(p.ParamCi95));
            if (hasObserved)
                cells.AddRange(p.Observed is { } observed
                    ? [Numbers.Value(observed), Numbers.Percent((p.Loss - observed) / observed), p.Covered switch { true => "yes", false => "no", null => "" }]
                    : ["", "", ""]);
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }
        console.Write(table);
        foreach (var line in Notes(source, predictions, predictive))
            console.MarkupLine(Markup.Escape(line));
        if (heldOut is not null)
            console.MarkupLine(Markup.Escape(Coverage(heldOut)));
    }

    // "held out: 37 of 40 rows inside the predictive 95% interval (92.5%); mean error 1.9%, mean half-width 4.1%, 2.2× the error".
    // With checkpoints: "held out: 1,865 of 1,956 rows from 2 runs with a loss inside the predictive 95% interval; each run weighing 1 (its
    // checkpoints share it): 93.1% covered; mean error …".
    private static string Coverage(HeldOutCoverage heldOut) =>
        $"held out: {Numbers.Count(heldOut.Covered)} of {QuantityFormat.CountedGrouped(heldOut.Rows, "row")}" +
        (heldOut.Runs == heldOut.Rows
            ? $" with a loss inside the predictive 95% interval ({Numbers.Percent(heldOut.Coverage)}); "
            : $" from {QuantityFormat.CountedGrouped((int)heldOut.Runs, "run")} with a loss inside the predictive 95% interval; each run weighing 1 (its checkpoints share it): {Numbers.Percent(heldOut.Coverage)} covered; ") +
        $"mean error {Numbers.Percent(heldOut.MeanRelativeError)}, mean half-width {Numbers.Percent(heldOut.MeanRelativeHalfWidth)}, {Numbers.Format(heldOut.WidthRatio, 2)}× the error.";

    private static IEnumerable<string> Notes(string source, IReadOnlyList<PredictedLoss> predictions, PredictiveModel? predictive)
    {
        if (predictive is null)
        {
            yield return source.StartsWith("--law", StringComparison.Ordinal)
                ? "No predictive interval: a law given by value has no fitted data to measure its extrapolation against."
                : $"No predictive interval: {source} has no extrapolation model (an older law file); refit with 'scaling fit DATA --out FIT.json' for one.";
            yield break;
        }
        yield return $"predictive 95% interval: the parameters' uncertainty plus the law's own extrapolation error, {ErrorModelText.Describe(predictive)}.";
        if (predictions.Any(p => p.ErrorModels?.Contains("edge") == true))
            yield return $"{UnseenFloorText.Collapsed}, so {UnseenFloorText.Reaches}.";
        // One line per distinct distance: a held-out table's thousand checkpoints of one model read as one line, not a thousand.
        var beyond = predictions.Where(p => p.Distance is { IsBeyondData: true } or { IsOutsideRatio: true } or { IsBeyondComputeOnly: true })
            .GroupBy(p => Beyond(p.Distance!, predictive.UsesLongerErrors(p.Distance!), predictive.UsesUndertrainedErrors(p.Distance!)) + NoInterval(p));
        foreach (var group in beyond)
            yield return $"{Label([.. group])}: {group.Key}.";
    }

    // Why a prediction beyond the data along an input the fit leaves undetermined has no interval.
    private static string NoInterval(PredictedLoss p) => p.Undetermined is not { Length: > 0 } inputs ? "" :
        $"; no interval: the fitted runs hold too few distinct {string.Join(" and ", inputs.Select(SymbolOf))} to determine the law there " +
        "(fit more sizes, or hold or tie a parameter of that term with --fix or --tie)";

    private static string SymbolOf(string input) => Enum.TryParse<Data.Field>(input, ignoreCase: true, out var field) ? Symbols.Of(field) : input;

    /// <summary>"N is 2,400× the largest fitted run; D is 3.1× below the smallest; D/N = 0.02 is 200× below the smallest fitted (4.1), which the interval does not allow for"; "C = 6ND is 2.2× the largest fitted run's" when only compute lies beyond.</summary>
    /// <param name="longer">The interval is the run-length model's (<see cref="PredictiveModel.LongerErrors"/>), measured on fitted sizes trained longer.</param>
    /// <param name="undertrained">The interval allows for the tokens-per-parameter model (<see cref="PredictiveModel.UndertrainedErrors"/>), measured on runs less trained than the fitted ones.</param>
    public static string Beyond(ExtrapolationDistance distance, bool longer = false, bool undertrained = false) => string.Join("; ", distance.Factors.Where(f => f.Factor > 1).Select(f =>
        f.Above
            ? $"{Symbols.Of(f.Input)} is {Past(f.Factor)} the largest fitted run"
            : $"{Symbols.Of(f.Input)} is {Past(f.Factor)} below the smallest fitted run")
        .Concat(distance.IsBeyondComputeOnly ? [Compute(distance.Compute!)] : [])
        .Concat(distance.TokensPerParam is { Factor: > 1 } ratio ? [Ratio(ratio, longer, undertrained)] : []));

    // "C = 6ND is 8× the largest fitted run's": N and D each inside their ranges, their product beyond every fitted run's.
    private static string Compute(InputFactor compute) =>
        $"C = 6ND is {Past(compute.Factor)} {(compute.Above ? "the largest fitted run's" : "below the smallest fitted run's")}";

    // "D/N = 0.02 is 200× below the smallest fitted (4.1), which the interval does not allow for": tokens per parameter outside the
    // fitted runs' range of it. The main error model's distance does not count it (docs/fitting.md says why), so the line says so,
    // unless a model measured on such runs widened the interval: the run-length model above the fitted D/N, the tokens-per-parameter one below.
    private static string Ratio(RatioFactor ratio, bool longer, bool undertrained) =>
        $"D/N = {Numbers.Format(ratio.Ratio, 2)} is {Past(ratio.Factor)} {(ratio.Above ? "above the largest" : "below the smallest")} fitted ({Numbers.Format(ratio.Bound, 2)}), " +
        (longer && ratio.Above ? "as were the held-out runs of the run-length backtests behind its interval"
        : undertrained && !ratio.Above ? "as were the held-out runs of the tokens-per-parameter backtests behind its interval"
        : "which the interval does not allow for");

    /// <summary>A factor as "2,400×" or "4.3×"; from a million on as "6.3e+11×" (an absurd input would otherwise print hundreds of digits), and beyond a double as "more than 1e308×".</summary>
    public static string Factor(double factor) => !double.IsFinite(factor) ? "more than 1e308×"
        : factor >= 1e6 ? Quantity.FormatScientific(factor, 2) + "×"
        : factor >= 100
        ? (Math.Round(factor / Math.Pow(10, Math.Floor(Math.Log10(factor)) - 1)) * Math.Pow(10, Math.Floor(Math.Log10(factor)) - 1)).ToString("N0", CultureInfo.InvariantCulture) + "×"
        : Numbers.Format(factor, 2) + "×";

    // "70B params, 1.4T tokens", or for a law of compute alone "1e23 FLOPs"; for several predictions each input's range and their
    // count: "13B params, 11.3B–300B tokens (976 points)".
    private static string Label(IReadOnlyList<PredictedLoss> group)
    {
        var p = group[0];
        var inputs = string.Join(", ", new[]
        {
            double.IsFinite(p.Params) ? $"{Range(group, q => q.Params, Size)} params" : null,
            double.IsFinite(p.Tokens) ? $"{Range(group, q => q.Tokens, Size)} tokens" : null,
            double.IsFinite(p.Params) && double.IsFinite(p.Tokens) ? null : double.IsFinite(p.Flops) ? $"{Range(group, q => q.Flops, Flops)} FLOPs" : null,
        }.OfType<string>());
        return group.Count == 1 ? inputs : $"{inputs} ({QuantityFormat.CountedGrouped(group.Count, "point")})";
    }

    // "13B", or "11.3B–300B" when the group's values differ.
    private static string Range(IReadOnlyList<PredictedLoss> group, Func<PredictedLoss, double> input, Func<double, string> format)
    {
        var (low, high) = (format(group.Min(input)), format(group.Max(input)));
        return low == high ? low : $"{low}–{high}";
    }

    // How far past the edge of the data: a point just past it would read "1×".
    private static string Past(double factor) => factor < 1.01 ? "under 1.01×" : Factor(factor);

    private static string Interval(double[]? ci) => ci is [var lower, var upper] ? $"[{Numbers.Value(lower)}, {Numbers.Value(upper)}]" : "";

    private static string Size(double value) => double.IsFinite(value) ? Quantity.Format(value) : "–";

    private static string Flops(double value) => double.IsFinite(value) ? Quantity.FormatScientific(value) : "–";
}
