namespace ScalingLaws.Data;

/// <summary>
/// Which training run each row of a table belongs to. Checkpoints of one run share its
/// initialisation, data order and schedule, so their errors are correlated: uncertainty must be
/// estimated over runs, not rows.
/// </summary>
/// <remarks>
/// The rule, in order:
/// <list type="number">
/// <item>A run trains one model: rows with different N, model/run label (<see cref="Observation.Model"/>),
/// family or run-describing column (<see cref="RunColumns"/>: schedule, seed, data, …) are different runs.</item>
/// <item>With a step column the table says its rows are checkpoints: all rows that agree on the above are one run,
/// in any order (repeated steps are repeated evaluations of one checkpoint).</item>
/// <item>Without one, a label names a run when each label has a single N: its rows are one run, in any order. A
/// label that spans several N names a size class or a family (the Chinchilla dataset's labels are N rounded to
/// 1e7), not a run.</item>
/// <item>Otherwise a run is a block of consecutive rows that agree on the above with strictly increasing tokens,
/// as logs and checkpoint exports list them. Final values of separate runs of one size (an IsoFLOP or Approach 3
/// sweep, e.g. Chinchilla's points) are listed apart or at falling token counts, so each is its own run. A table
/// of final values sorted by N then D cannot be told from checkpoints; a run label with one value per row says
/// that every row is its own run, and so does <see cref="ObservationTable.RowsAreRuns"/>.</item>
/// </list>
/// </remarks>
public sealed class RunIndex
{
    /// <summary>Extra columns that describe a run rather than a row (compared after removing case, spaces, '_' and '-').</summary>
    public static ImmutableArray<string> RunColumns { get; } =
        ["schedule", "lrschedule", "decay", "warmup", "seed", "data", "dataset", "deduped", "hparams", "config", "epochs", "peaklr", "runid"];

    /// <summary>
    /// Hyperparameters a sweep varies between runs, which a table of checkpoints may also log per step (the learning rate
    /// along its schedule): such a column tells runs apart only where rows of one run at one step and token count differ in it.
    /// </summary>
    public static ImmutableArray<string> SweptColumns { get; } =
        ["lr", "learningrate", "maxlr", "batchsize", "globalbatchsize", "batchtokens", "bs", "weightdecay", "wd", "optimizer"];

    private RunIndex(ImmutableArray<int> runOf, int count, RunGrouping grouping)
    {
        RunOf = runOf;
        Count = count;
        Grouping = grouping;
        var sizes = new int[count];
        foreach (var run in runOf)
            sizes[run]++;
        Sizes = [.. sizes];
    }

    /// <summary>The run of each row, numbered 0, 1, … in order of first appearance.</summary>
    public ImmutableArray<int> RunOf { get; }

    /// <summary>The number of runs.</summary>
    public int Count { get; }

    /// <summary>Rows per run, by run number.</summary>
    public ImmutableArray<int> Sizes { get; }

    /// <summary>How many rows.</summary>
    public int Rows => RunOf.Length;

    /// <summary>How the runs were recognised.</summary>
    public RunGrouping Grouping { get; }

    /// <summary>True when some run has more than one row, so rows are not independent.</summary>
    public bool HasCheckpoints => Count < Rows;

    /// <summary>Every row its own run: a table of final values.</summary>
    public static RunIndex Singletons(int rows) =>
        new([.. Enumerable.Range(0, rows)], rows, RunGrouping.FinalValues);

    /// <summary>Recognises the runs of <paramref name="table"/> by the rule above.</summary>
    public static RunIndex Of(ObservationTable table)
    {
        if (table.RowsAreRuns)
            return Singletons(table.Count);
        var columns = RunDescribing(table);
        RunKey Key(int i) => new(table[i].Params, table[i].Model, table[i].Family,
            columns.Length == 0 ? "" : string.Join('\u001f', columns.Select(c => c[i])));
        var index = table.Rows.Any(r => double.IsFinite(r.Step)) ? ByKey(table.Count, Key, RunGrouping.Steps)
            : LabelsNameRuns(table) ? ByKey(table.Count, Key, RunGrouping.Labels)
            : ByConsecutiveRows(table, Key);
        return index.HasCheckpoints ? index : index.WithGrouping(RunGrouping.FinalValues);
    }

    private RunIndex WithGrouping(RunGrouping grouping) => new(RunOf, Count, grouping);

    /// <summary>The columns whose values tell runs apart: the run columns, and the swept ones that part rows at one checkpoint.</summary>
    internal static ImmutableArray<string>[] RunDescribing(ObservationTable table)
    {
        var columns = table.Extra.Where(kv => IsRunColumn(kv.Key)).Select(kv => kv.Value).ToArray();
        return [.. columns, .. table.Extra.Where(kv => Matches(SweptColumns, kv.Key) && PartsACheckpoint(table, columns, kv.Value)).Select(kv => kv.Value)];
    }

    // Two rows of one N, label, family and run columns at one step and token count differ in the column: an lr sweep's
    // checkpoints, where a schedule's lr logged per step changes only from one step to the next.
    private static bool PartsACheckpoint(ObservationTable table, ImmutableArray<string>[] columns, ImmutableArray<string> column)
    {
        var first = new Dictionary<(double, double, double, string?, string?, string), string>();
        for (var i = 0; i < table.Count; i++)
        {
            var row = table[i];
            var at = (row.Params, row.Tokens, row.Step, row.Model, row.Family, string.Join('\u001f', columns.Select(c => c[i])));
            if (!first.TryAdd(at, column[i].Trim()) && first[at] != column[i].Trim())
                return true;
        }
        return false;
    }

    // Every row labelled, and each label at a single N.
    private static bool LabelsNameRuns(ObservationTable table) =>
        table.Rows.All(r => r.Model is not null) &&
        table.Rows.GroupBy(r => r.Model).All(g => g.Select(r => r.Params).Distinct().Count() == 1);

    private static RunIndex ByKey(int rows, Func<int, RunKey> key, RunGrouping grouping)
    {
        var runs = new Dictionary<RunKey, int>();
        var runOf = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var k = key(i);
            if (!runs.TryGetValue(k, out var run))
                runs[k] = run = runs.Count;
            runOf[i] = run;
        }
        return new RunIndex([.. runOf], runs.Count, grouping);
    }

    private static RunIndex ByConsecutiveRows(ObservationTable table, Func<int, RunKey> key)
    {
        var runOf = new int[table.Count];
        var count = 0;
        RunKey? previous = null;
        for (var i = 0; i < table.Count; i++)
        {
            var k = key(i);
            var continues = i > 0 && k == previous && table[i].Tokens > table[i - 1].Tokens;
            runOf[i] = continues ? runOf[i - 1] : count++;
            previous = k;
        }
        return new RunIndex([.. runOf], count, RunGrouping.ConsecutiveTokens);
    }

    // What every row of one run shares: its N, label, family and run columns (joined).
    private readonly record struct RunKey(double Params, string? Model, string? Family, string Columns);

    internal static bool IsRunColumn(string header) => Matches(RunColumns, header);

    private static bool Matches(ImmutableArray<string> names, string header) =>
        names.Contains(string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-')).ToLowerInvariant());
}
