using ScalingLaws.Planning.Hyperparameters;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// What <c>scaling hparams</c> prints: the law and its source, the run it was read at, the learning rate and the
/// batch in tokens (and in sequences with a context length).
/// </summary>
[OmitNulls]
internal sealed record HyperparameterView(
    string Law, string Formula, string Source,
    double? Params,
    double? Tokens,
    double? Flops,
    double LearningRate, double BatchTokens,
    int? Context,
    double? BatchSequences)
{
    /// <summary>A fitted law's 95% intervals on the learning rate and the batch (tokens) at the point, from the bootstrap of its sweep.</summary>
    public double[]? LearningRateCi95 { get; init; }

    public double[]? BatchTokensCi95 { get; init; }

    /// <summary>The bootstrap behind the intervals: replicates asked for and used, and its seed.</summary>
    public SweepBootstrapView? Bootstrap { get; init; }

    /// <summary>The sweep the law was fitted to, for a fitted law.</summary>
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
            context, context is { } c ? optimum.BatchTokens / c : null)
        {
            LearningRateCi95 = BootstrapOf(law)?.LearningRateAt(point.Params, point.Tokens),
            BatchTokensCi95 = BootstrapOf(law)?.BatchAt(point.Tokens),
        };
    }

    private static HyperparameterBootstrap? BootstrapOf(HyperparameterLaw law) => (law as FittedHyperparameterLaw)?.Fit.Bootstrap;

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
        if (view.Bootstrap is { } bootstrap)
            console.MarkupLine(Markup.Escape(view.LearningRateCi95 is { } lr && view.BatchTokensCi95 is { } batch
                ? $"95% intervals: learning rate [{Numbers.Format(lr[0], 3)}, {Numbers.Format(lr[1], 3)}], batch [{Quantity.Format(batch[0])}, {Quantity.Format(batch[1])}] tokens ({bootstrap.Describe()})."
                : $"No intervals: only {bootstrap.Used} of {bootstrap.Requested} bootstrap replicates found a minimum in every cell; widen the learning rates and batch sizes around the best runs."));
    }
}
