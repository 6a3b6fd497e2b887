using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// How every command that takes FILE reads it: the file argument or a public dataset by name (--dataset NAME,
/// from --data-dir), column mapping, row selection and row rules. Shared so that all commands read data the same way.
/// </summary>
internal sealed class ReadingOptions : IOptionGroup
{
    private readonly bool optional;
    private readonly bool perFamily;
    private readonly bool lossOptional;

    /// <param name="optional">Whether the data may be left out (e.g. a plot that can show runs but needs none).</param>
    /// <param name="perFamily">Whether the command treats each family on its own, so that several families are not pooled.</param>
    /// <param name="lossOptional">Whether rows may come without a loss: rows to predict, scored where they have one.</param>
    public ReadingOptions(bool optional = false, bool perFamily = false, bool lossOptional = false)
    {
        this.optional = optional;
        this.perFamily = perFamily;
        this.lossOptional = lossOptional;
        // Optional for the parser in every case: --dataset NAME may stand in for FILE. Load checks that exactly one is given.
        File = new Argument<string>("FILE")
        {
            Description = "Table of runs: CSV, TSV, JSON Lines or Parquet (optionally .gz; - reads standard input), one row per model or checkpoint, or an MLflow experiment or W&B run folder (or give --dataset NAME instead).",
            Arity = ArgumentArity.ZeroOrOne,
        };
    }

    public Argument<string> File { get; }

    public Option<string?> Dataset { get; } = CommonOptions.Dataset(DatasetCatalog.All.Select(d => d.Name), DatasetCatalog.Find);

    public Option<string?> DataDir { get; } = CommonOptions.DataDir();

    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "Column for a field, e.g. --map params=\"Model Size\" (fields: model, family, params, tokens, flops, loss, step, unique_tokens). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Delimiter { get; } = DelimiterOption.Create();

    public Option<string?> Format { get; } = FormatOption.Create();

    public Option<long?> AtStep { get; } = new("--at-step")
    {
        HelpName = "STEP",
        Description = "For MLflow or W&B runs: each metric's value logged at this step, instead of its last.",
    };

    public Option<int> DropHighestLoss { get; } = new("--drop-highest-loss")
    {
        Description = "Drop the K highest-loss rows first (Epoch drops 5 from the Chinchilla data).",
    };

    public Option<string?> MinTokens { get; } = new("--min-tokens")
    {
        Description = "Keep only rows trained on at least T tokens, e.g. 10B.",
    };

    public Option<bool> Final { get; } = new("--final")
    {
        Description = "Keep only each run's last checkpoint (its row with the most tokens), for a law of finished runs; runs are recognised as 'fit' reports them.",
    };

    public Option<bool> OneRowPerRun { get; } = new("--one-row-per-run")
    {
        Description = "Read every row as a run of its own (a sweep of final values), where consecutive rows of one N at rising tokens would be read as one run's checkpoints.",
    };

    public SelectionOptions Selection { get; } = new();

    public void AddTo(Command command)
    {
        command.AddAll(File, Dataset, DataDir, Map, Delimiter, Format, AtStep, DropHighestLoss, MinTokens, Final, OneRowPerRun);
        Selection.AddTo(command);
    }

    // A negative least count keeps every row as 0 does: most likely a sign typed by mistake, so it is named. "-0" is 0
    // (adding +0 drops the sign), so the note says "fewer than 0 tokens", not -0.
    private static double MinimumTokens(string text)
    {
        var value = OptionValues.Number(text, $"--min-tokens {text}");
        return value >= 0 ? value + 0.0 : throw new ScalingLawsException($"--min-tokens {text}: give the least tokens a kept row has, 0 or more, e.g. 10B.");
    }

    /// <summary>Reads FILE or --dataset when one is given; null when neither is (a lone --data-dir is still an error).</summary>
    public ObservationTable? LoadIfGiven(ParseResult parse) =>
        parse.GetValue(File) is null && parse.GetValue(Dataset) is null && parse.GetValue(DataDir) is null ? null : Load(parse);

    /// <summary>
    /// Reads FILE or --dataset (exactly one), selects rows (--family, --where, --exclude-model), checks what would be
    /// pooled, applies the row rules in order (each run's last checkpoint, minimum tokens, then highest losses), and notes rows that repeat or hold perplexities.
    /// </summary>
    public ObservationTable Load(ParseResult parse) => LoadSelected(parse).Table;

    /// <summary><see cref="Load"/> with what was selected and the warnings about pooling and rows, for JSON output.</summary>
    public LoadedRuns LoadSelected(ParseResult parse)
    {
        // Each asks the other's opposite: before, --final kept every row of runs a model column named, checkpoints and all.
        if (parse.GetValue(Final) && parse.GetValue(OneRowPerRun))
            throw new ScalingLawsException("--final and --one-row-per-run together: --one-row-per-run makes every row a run of its own, so --final would keep every row; " +
                $"give --final to keep each run's last checkpoint, or --one-row-per-run if the rows are separate runs, not both; see '{CommandPath.Of(parse.CommandResult)} --help'.");
        var (read, lossByFamily) = ReadWithLosses(parse);
        var (table, summary) = Selection.Create(parse).Apply(read);
        summary ??= SelectionSummary.Everything(table.Count);
        // Rows to predict are each answered by the law given, so pooling them fits nothing together.
        var warning = lossOptional ? null : Selection.Pooling(parse, perFamily ? OneFamily(table) : table, lossByFamily);
        if (warning is not null)
            table = table.WithNote($"warning: {warning}");
        if (parse.GetValue(Final))
            table = RowRules.FinalCheckpoints(table);
        if (parse.GetValue(MinTokens) is { } minTokens)
            table = RowRules.MinTokens(table, MinimumTokens(minTokens));
        var drop = parse.GetValue(DropHighestLoss);
        if (drop < 0)
            throw new ScalingLawsException($"--drop-highest-loss {drop}: give a number of rows, 0 or more.");
        var kept = RowRules.DropHighestLoss(table, drop);
        var rowWarnings = parse.GetValue(Dataset) is null ? RowWarnings.Of(kept, pooled: warning is not null || parse.GetValue(Selection.Pool), scored: lossOptional) : [];
        foreach (var rowWarning in rowWarnings)
            kept = kept.WithNote($"warning: {rowWarning}");
        return new LoadedRuns(kept, summary with { Warning = warning }, rowWarnings);
    }

    // A command that splits families checks each for configurations, not the families against each other.
    private static ObservationTable OneFamily(ObservationTable table) =>
        table.WithRows(table.Rows.Select(r => r with { Family = null }));

    /// <summary>Reads FILE or --dataset (exactly one) without the selection and row rules; <paramref name="remap"/> adds to FILE's --map (e.g. a column option of the command's own).</summary>
    public ObservationTable Read(ParseResult parse, Func<ColumnMap, ColumnMap>? remap = null) => ReadWithLosses(parse, remap).Table;

    // The table (its rows read as runs of their own with --one-row-per-run), and for a dataset what each family's loss
    // measures when its families' losses differ.
    private (ObservationTable Table, IReadOnlyDictionary<string, string>? LossByFamily) ReadWithLosses(ParseResult parse, Func<ColumnMap, ColumnMap>? remap = null)
    {
        var (table, lossByFamily) = ReadSource(parse, remap);
        return (parse.GetValue(OneRowPerRun) ? AsRuns(table) : table, lossByFamily);
    }

    // Every row a run of its own, as asked; where a step column or run labels say otherwise, a warning says what is overridden
    // (before, only the note "every row read as a run of its own", and the bootstrap resampled a run's checkpoints apart).
    private static ObservationTable AsRuns(ObservationTable table)
    {
        var runs = RunIndex.Of(table);
        if (!runs.HasCheckpoints || runs.Grouping is not (RunGrouping.Steps or RunGrouping.Labels))
            return table.AsRuns();
        var told = runs.Grouping == RunGrouping.Steps ? "its step column says" : "its run labels say";
        return table.AsRuns().WithNote(
            $"warning: --one-row-per-run reads each of the {table.Count:N0} rows as a run of its own, but {told} they are checkpoints of {runs.Count:N0} runs; " +
            "the bootstrap and backtests then treat one run's checkpoints as independent runs. Leave --one-row-per-run out unless every row is a separate training run.");
    }

    private (ObservationTable Table, IReadOnlyDictionary<string, string>? LossByFamily) ReadSource(ParseResult parse, Func<ColumnMap, ColumnMap>? remap)
    {
        var file = parse.GetValue(File);
        var dataset = parse.GetValue(Dataset);
        var help = $"see '{CommandPath.Of(parse.CommandResult)} --help'";
        if (file is not null && dataset is not null)
            throw new ScalingLawsException($"give FILE or --dataset NAME, not both ('{file}' and --dataset {dataset}); {help}.");
        if (dataset is null)
        {
            if (parse.GetValue(DataDir) is not null)
                throw new ScalingLawsException($"--data-dir is used only with --dataset NAME; give --dataset, or leave --data-dir out; {help}.");
            if (file is null)
                throw new ScalingLawsException(optional
                    ? $"no data given; {help}."
                    : $"missing FILE (or --dataset NAME); {help}.");
            var map = ColumnMap.Parse(parse.GetValue(Map) ?? []);
            var options = new ReadOptions
            {
                Map = remap is null ? map : remap(map),
                Delimiter = DelimiterOption.Parse(parse.GetValue(Delimiter)),
                Format = FormatOption.Parse(parse.GetValue(Format)),
                AtStep = parse.GetValue(AtStep) is { } step && step < 0 ? throw new ScalingLawsException($"--at-step {step}: give a step, 0 or more.") : parse.GetValue(AtStep),
                LossOptional = lossOptional,
            };
            return (TableReader.Read(file, options), null);
        }
        if (parse.GetValue(Map) is { Length: > 0 })
            throw new ScalingLawsException($"--map applies to FILE; the columns of --dataset {dataset} are already mapped. Leave --map out.");
        var info = DatasetCatalog.Find(dataset); // an unknown name fails before the data folder is looked for
        return (DatasetCatalog.Load(info.Name, DataDirectory.Resolve(parse.GetValue(DataDir))), info.LossByFamily);
    }
}
