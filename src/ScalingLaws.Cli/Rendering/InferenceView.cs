using System.Text.Json.Nodes;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The Chinchilla-optimal and the inference-aware model of one loss, side by side, and the compute saved.</summary>
internal static class InferenceView
{
    /// <param name="distance">How far the inference-aware model lies beyond the runs of the law file; null for a law by value.</param>
    public static void Write(IAnsiConsole console, string source, InferenceAwareSizing.Result result, InferenceAwareSizing.Spread? spread, CostSettings? cost = null, AllocationDistance? distance = null)
    {
        console.MarkupLine(Markup.Escape(
            $"chinchilla law from {source}: loss {Numbers.Value(result.Loss)}, serving {Quantity.Format(result.InferenceTokens)} tokens"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("model");
        foreach (var heading in new[] { "params N", "tokens D", "tokens/param", "training FLOPs", "inference FLOPs", "total FLOPs" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        table.AddRow(Cells("Chinchilla-optimal", result.ChinchillaParams, result.ChinchillaTokens, result.InferenceTokens).ToArray());
        table.AddRow(Cells("inference-aware", result.Params, result.Tokens, result.InferenceTokens).ToArray());
        if (spread is not null)
            table.AddRow(Interval(spread));
        console.Write(table);
        var saved = spread is null ? "" : $" (95% interval {Numbers.Percent(spread.SavedFraction.Lower)}–{Numbers.Percent(spread.SavedFraction.Upper)})";
        console.MarkupLine(Markup.Escape(
            $"The inference-aware model saves {Numbers.Percent(result.SavedFraction)}{saved} of the total compute " +
            "(training 6ND plus inference 2N per token served; Sardana et al. 2023)."));
        if (spread is not null)
            console.MarkupLine(Markup.Escape(spread.Resamples >= 2
                ? $"95% intervals (under the inference-aware values) from the {Numbers.Count(spread.Resamples)} bootstrap resamples whose E is below the target loss."
                : $"no intervals: only {QuantityFormat.CountedGrouped(spread.Resamples, "bootstrap resample")} can reach this loss (the others have E at or above it)."));
        if (distance?.Beyond is { } beyond)
            console.MarkupLine(Markup.Escape($"The inference-aware model (N = {Quantity.Format(result.Params)}, D = {Quantity.Format(result.Tokens)}) beyond the fitted runs: {beyond}."));
        if (cost is null)
            return;
        var (training, serving) = Costs(result, cost);
        console.MarkupLine(Markup.Escape(
            $"The inference-aware model costs {CostBasis.Describe(training)} to train and {CostBasis.Describe(serving)} to serve (at the same MFU)."));
        console.MarkupLine(Markup.Escape(CostBasis.Of(cost)!.Describe()));
    }

    // Training 6ND and serving 2N per token of the inference-aware model, on the same GPUs.
    private static (TrainingCost Training, TrainingCost Serving) Costs(InferenceAwareSizing.Result result, CostSettings cost) =>
        (cost.Of(Compute.Flops(result.Params, result.Tokens)), cost.Of(2 * result.Params * result.InferenceTokens));


    /// <summary>
    /// The result, with {ci95: {params, tokens, savedFraction, resamples}} when there is a bootstrap and
    /// {cost: {basis, training, serving}} (gpuHours, days, dollars each) when a GPU is given, and {extrapolation} (the inference-aware
    /// model's factors beyond the fitted runs, as <c>predict</c> gives them) for a law file.
    /// </summary>
    public static JsonNode Json(InferenceAwareSizing.Result result, InferenceAwareSizing.Spread? spread, CostSettings? cost, AllocationDistance? distance = null)
    {
        var node = Body(result, spread);
        if (distance is not null)
            node["extrapolation"] = CliJson.Node(distance.Factors);
        if (cost is not null)
        {
            var (training, serving) = Costs(result, cost);
            node["cost"] = CliJson.Node(new InferenceCostJson(CostBasis.Of(cost), training, serving));
        }
        return node;
    }

    private static JsonNode Body(InferenceAwareSizing.Result result, InferenceAwareSizing.Spread? spread) => spread is null
        ? CliJson.Node(result)
        : CliJson.Node(new InferenceSpreadJson(
            result.Loss, result.InferenceTokens, result.Params, result.Tokens, result.Flops,
            result.ChinchillaParams, result.ChinchillaTokens, result.ChinchillaFlops, result.SavedFraction,
            new InferenceIntervalsJson(
                [spread.Params.Lower, spread.Params.Upper],
                [spread.Tokens.Lower, spread.Tokens.Upper],
                [spread.SavedFraction.Lower, spread.SavedFraction.Upper],
                spread.Resamples)));

    internal sealed record InferenceSpreadJson(
        double Loss, double InferenceTokens, double Params, double Tokens, double Flops,
        double ChinchillaParams, double ChinchillaTokens, double ChinchillaFlops, double SavedFraction, InferenceIntervalsJson Ci95);

    internal sealed record InferenceIntervalsJson(double[] Params, double[] Tokens, double[] SavedFraction, int Resamples);

    internal sealed record InferenceCostJson(CostBasis? Basis, TrainingCost Training, TrainingCost Serving);

    private static Text[] Interval(InferenceAwareSizing.Spread spread) =>
    [
        new(""),
        new($"[{Quantity.Format(spread.Params.Lower)}, {Quantity.Format(spread.Params.Upper)}]"),
        new($"[{Quantity.Format(spread.Tokens.Lower)}, {Quantity.Format(spread.Tokens.Upper)}]"),
        new(""), new(""), new(""), new(""),
    ];

    private static IEnumerable<Text> Cells(string name, double parameters, double tokens, double served)
    {
        var training = Compute.Flops(parameters, tokens);
        var inference = 2 * parameters * served; // a forward pass per token served
        return new[]
        {
            name, Quantity.Format(parameters), Quantity.Format(tokens), Numbers.Format(tokens / parameters, 3),
            Quantity.FormatScientific(training), Quantity.FormatScientific(inference), Quantity.FormatScientific(training + inference),
        }.Select(c => new Text(c));
    }
}
