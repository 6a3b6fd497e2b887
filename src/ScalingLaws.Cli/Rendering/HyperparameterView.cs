using System.Text.Json.Serialization;
using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.Planning.Hyperparameters;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// What <c>scaling hparams</c> prints: the law and its source, the run it was read at, the learning rate and the
/// batch in tokens (and in sequences with a context length).
/// </summary>
internal sealed record HyperparameterView(
    string Law, string Formula, string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Params,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Tokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Flops,
    double LearningRate, double BatchTokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Context,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? BatchSequences)
{
    /// <summary>The sweep the law was fitted to, for a fitted law.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SweepFitView? Sweep { get; init; }

    /// <summary>The law at the point; refused in one line when the point lacks what the law reads.</summary>
    public static HyperparameterView Of(HyperparameterLaw law, Observation point, int? context)
    {
        var reads = law.NeedsParamsAndTokens ? [point.Params, point.Tokens] : new[] { point.Flops };
        if (reads.Any(v => !double.IsFinite(v)))
            throw new ScalingLawsException(law.NeedsParamsAndTokens
                ? $"--law {law.Name} reads the model size and the tokens: give two of --params, --tokens and --flops, e.g. --params 7B --tokens 1.4T."
                : $"--law {law.Name} reads the compute: give --flops (or --params and --tokens, C = 6ND), e.g. --flops 1e21.");
        var optimum = law.At(point.Params, point.Tokens, point.Flops);
        return new HyperparameterView(
            law.Name, law.Formula, law.Source,
            Finite(point.Params), Finite(point.Tokens), Finite(point.Flops),
            optimum.LearningRate, optimum.BatchTokens,
            context, context is { } c ? optimum.BatchTokens / c : null);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    public static void Write(IAnsiConsole console, HyperparameterView view)
    {
        console.MarkupLine(Markup.Escape($"{view.Law}: {view.Formula} ({view.Source})"));
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var heading in new[] { "params N", "tokens D", "FLOPs C", "learning rate", "batch (tokens)" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        if (view.BatchSequences is not null)
            table.AddColumn(new TableColumn($"batch ({view.Context}-token sequences)").RightAligned());
        var cells = new List<string>
        {
            view.Params is { } n ? Quantity.Format(n) : "-",
            view.Tokens is { } d ? Quantity.Format(d) : "-",
            view.Flops is { } c ? Quantity.FormatScientific(c) : "-",
            Numbers.Format(view.LearningRate, 3),
            Quantity.Format(view.BatchTokens),
        };
        if (view.BatchSequences is { } sequences)
            cells.Add(Numbers.Format(sequences, 4));
        table.AddRow(cells.Select(c => new Text(c)).ToArray());
        console.Write(table);
    }
}
