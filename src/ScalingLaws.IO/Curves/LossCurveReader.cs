using ScalingLaws.IO.Trackers;

namespace ScalingLaws.IO.Curves;

/// <summary>
/// Reads loss curves: one CSV, TSV or JSON Lines file with columns <c>run</c> (optional: else the file name is the run),
/// <c>step</c>, <c>tokens</c> (optional), <c>lr</c> (optional) and <c>loss</c> (a Parquet file too), or a folder of such
/// files, one or more runs each; or a tracker's runs (TensorBoard event files, MLflow or W&amp;B run folders, see <see cref="TrackerCurves"/>). Steps must increase strictly within a run. With an lr column the per-step schedule is the logged rates,
/// linear between logged steps, and a linear warm-up from 0 at step 0 to the first logged step
/// (<see cref="LearningRateSchedule.FromPoints"/>). Files are only read.
/// </summary>
public static class LossCurveReader
{
    /// <summary>Header names of the learning-rate column, compared ignoring case, spaces, '_' and '-'.</summary>
    public static readonly IReadOnlyList<string> RateHeaders = ["lr", "learningrate", "learning_rate", "learning rate"];

    private static readonly string[] Extensions = [".csv", ".tsv", ".jsonl", ".ndjson"];

    /// <exception cref="DataFileException">A missing or unreadable file, a missing column, a bad cell or a step that does not increase.</exception>
    /// <param name="delimiter">The field separator of CSV-like files, when not the extension's.</param>
    /// <param name="format">The input's format when not told by its name or content (<c>--format</c>).</param>
    public static IReadOnlyList<LossCurve> Read(string path, ColumnMap? map = null, char? delimiter = null, InputFormat? format = null)
    {
        map ??= ColumnMap.Automatic;
        if (TrackerFiles.Read(path, format) is { } runs)
            return TrackerCurves.From(runs, map, path);
        if (!Directory.Exists(path))
            return ReadFile(path, map, delimiter, format);
        var files = Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new DataFileException(path, "the folder holds no .csv, .tsv or .jsonl file", "give a folder of loss-curve files, one or more runs each, or a single file");
        var curves = files.SelectMany(f => ReadFile(f, map, delimiter, format)).ToList();
        var duplicate = curves.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DataFileException(path, $"run '{duplicate.Key}' appears in {string.Join(" and ", duplicate.Select(c => c.Source))}", "give each run one name, in one file");
        return curves;
    }

    /// <summary>
    /// Whether a column or tag name is the learning rate's (any case; spaces, '_' and '-' ignored): one of <see cref="RateHeaders"/>,
    /// a tracker key ending in one (<c>train/learning_rate</c>, as Hugging Face's Trainer logs it), or PyTorch Lightning's
    /// <c>lr-OPTIMIZER</c> (<c>lr-AdamW</c>, <c>lr-AdamW/pg1</c>, as its LearningRateMonitor logs it); a W&amp;B panel export's
    /// <c>__MIN</c> and <c>__MAX</c> columns aside.
    /// </summary>
    public static bool IsRateHeader(string header)
    {
        var name = header.Trim();
        if (name.EndsWith("__MIN", StringComparison.Ordinal) || name.EndsWith("__MAX", StringComparison.Ordinal))
            return false;
        return RateHeaders.Any(h => CurveColumns.Same(h, name) || CurveColumns.Same(h, name[(name.LastIndexOf('/') + 1)..]))
            || name.StartsWith("lr-", StringComparison.OrdinalIgnoreCase);
    }

    private static List<LossCurve> ReadFile(string path, ColumnMap map, char? delimiter, InputFormat? format)
    {
        var raw = TableReader.ReadRaw(path, delimiter, format);
        if (raw.Headers.Count == 0)
            throw new DataFileException(path, "the file is empty", "add a header row (step, loss, and optionally run, tokens, lr) and data rows");
        if (raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has a header but no data rows", "add at least one row");
        var fields = map.Resolve(raw.Headers, path);
        var notes = new List<string>(map.LooseNotes(fields));
        if (!fields.ContainsKey(Field.Loss) && WandbPanelExport.ValueColumn(raw.Headers) is { } value)
        {
            fields = new Dictionary<Field, string>(fields) { [Field.Loss] = value };
            notes.Add($"loss: column '{value}', the value column of a W&B panel export (its __MIN and __MAX columns are W&B's grouping of runs)");
            (raw, var unlogged) = WandbPanelExport.Logged(raw, value, path);
            if (unlogged is not null)
                notes.Add(unlogged);
        }
        if (!fields.ContainsKey(Field.Loss) && fields.TryGetValue(Field.Step, out var step)
            && WandbPanelExport.SideBySide(raw, WandbPanelExport.ValueColumns(raw.Headers), step) is { } several)
        {
            raw = several.Table;
            fields = new Dictionary<Field, string> { [Field.Step] = step, [Field.Model] = WandbPanelExport.RunHeader, [Field.Loss] = raw.Headers[2] };
            notes.Add(several.Note);
        }
        if (!fields.ContainsKey(Field.Loss) && TensorBoardScalarExport.ValueColumn(raw.Headers) is { } scalar)
        {
            fields = new Dictionary<Field, string>(fields) { [Field.Loss] = scalar };
            notes.Add(TensorBoardScalarExport.Note(scalar));
        }
        var columns = new CurveColumns(raw.Headers, fields, path);
        var runs = new List<(string Name, List<RawRow> Rows)>();
        foreach (var row in raw.Rows)
        {
            var name = columns.Run is { } run && !string.IsNullOrWhiteSpace(row.Cells[run]) ? row.Cells[run]!.Trim() : InputFile.DefaultName(path);
            var group = runs.Find(r => r.Name == name);
            if (group.Rows is null)
                runs.Add(group = (name, []));
            group.Rows.Add(row);
        }
        return [.. runs.Select(r => Curve(r.Name, r.Rows, columns, path, notes))];
    }

    private static LossCurve Curve(string name, List<RawRow> rows, CurveColumns columns, string path, IReadOnlyList<string> fileNotes)
    {
        var notes = new List<string>(fileNotes);
        (rows, var sparse) = SparseLoss.Logged(name, rows, columns.Loss);
        if (sparse is not null)
            notes.Add(sparse);
        if (rows.Count > 1 && IsStepZero(rows[0], columns))
        {
            notes.Add(StartNote(name, rows[0], columns));
            rows = rows[1..];
        }
        (rows, var steps, var relogged) = Steps(name, rows, columns, path);
        if (relogged is not null)
            notes.Add(relogged);
        var perplexity = PerplexityColumn.Is(columns.Name(columns.Loss));
        var loss = perplexity
            ? rows.Select(r => Math.Log(Number(r, columns.Loss, columns, path, minimum: 1, inclusive: false))).ToList()
            : rows.Select(r => Number(r, columns.Loss, columns, path, minimum: 0, inclusive: false)).ToList();
        var training = !perplexity || PerplexityColumn.IsTraining(columns.Name(columns.Loss));
        if (perplexity)
            notes.Add($"loss: ln('{columns.Name(columns.Loss)}'), in nats: " +
                (training ? "the column is the training loss's perplexity" : "the column is a perplexity, an evaluation's rather than the training loss"));
        else if (PerplexityLike(name, steps, loss, columns) is { } warning)
            notes.Add(warning);
        if (!perplexity && VanishingLike(name, steps, loss) is { } vanishing)
            notes.Add(vanishing);
        var tokens = columns.Tokens is { } t ? rows.Select(r => Number(r, t, columns, path, minimum: 0, inclusive: false)).ToList() : null;
        var schedule = columns.Rate is { } lr
            ? LearningRateSchedule.FromPoints(steps, [.. rows.Select(r => Rate(name, r, lr, columns, path))],
                "the lr column, linear between logged steps, with a linear warm-up from 0 at step 0 to the first logged step")
            : null;
        return new LossCurve(name, steps, loss, schedule, tokens, path) { Notes = [.. notes], TrainingLoss = training };
    }

    // Losses above ln 256,000 nats are perplexities under a loss header (see PerplexityLikeLosses): said, not refused.
    private static string? PerplexityLike(string name, List<int> steps, List<double> loss, CurveColumns columns)
    {
        var above = Enumerable.Range(0, loss.Count).Where(i => loss[i] > PerplexityLikeLosses.Ceiling).ToList();
        if (above.Count == 0)
            return null;
        var largest = above.MaxBy(i => loss[i]);
        return $"warning: {above.Count} of {loss.Count} points of run '{name}' have a loss above {PerplexityLikeLosses.Ceiling:0.0} " +
            $"(step {steps[largest]}: {loss[largest]:G4}), more than ln 256,000 = 12.45 nats: " +
            (LossesOutOfScale.AreFewOf(above.Count, loss.Count)
                ? "among points below it, they look like a loss spike or points logged wrong, not perplexities, and pull the whole fit; remove them (or fit from after the spike), or go on if they are real."
                : $"they look like perplexities, not losses; rename the column 'perplexity' and give --map loss=perplexity, which reads ln(perplexity), or give ln(perplexity) as '{columns.Name(columns.Loss)}'.");
    }

    // Losses below a millionth of a nat are no model's (see VanishingLosses): said, not refused.
    private static string? VanishingLike(string name, List<int> steps, List<double> loss)
    {
        var below = Enumerable.Range(0, loss.Count).Where(i => loss[i] < VanishingLosses.Floor).ToList();
        if (below.Count == 0)
            return null;
        var smallest = below.MinBy(i => loss[i]);
        return $"warning: {below.Count} of {loss.Count} points of run '{name}' have a loss below {VanishingLosses.Floor:0e0} (step {steps[smallest]}: {loss[smallest]:G4}), " +
            $"{VanishingLosses.Reason}; give the loss in nats, or go on if the scale is intended.";
    }

    // The run's rows and steps, which must increase. A step logged again is a resumed run logging the steps since its last save a
    // second time: the later logging is the one the run went on from, so the earlier points from that step on are dropped,
    // with one warning per run. Every repeat at the step just logged is two rows per step instead (Interleaved): the later is kept. A step that decreases to one never logged is rows out of order, refused.
    private static (List<RawRow> Rows, List<int> Steps, string? Warning) Steps(string name, List<RawRow> rows, CurveColumns columns, string path)
    {
        var steps = new List<int>();
        var kept = new List<RawRow>();
        (RawRow Row, RawRow Earlier)? first = null;
        var (dropped, repeats, atLastStep) = (0, 0, 0);
        foreach (var row in rows)
        {
            var step = Step(row, columns.Step, columns, path);
            if (steps.Count > 0 && step <= steps[^1])
            {
                var earlier = steps.BinarySearch(step);
                if (earlier < 0)
                    throw new DataFileException(path, $"step {step} does not increase on the previous row of run '{name}' (step {steps[^1]})",
                        "sort the rows by step within each run", row.Number, columns.Name(columns.Step));
                first ??= (row, kept[earlier]);
                repeats++;
                atLastStep += earlier == steps.Count - 1 ? 1 : 0;
                dropped += steps.Count - earlier;
                steps.RemoveRange(earlier, steps.Count - earlier);
                kept.RemoveRange(earlier, kept.Count - earlier);
            }
            steps.Add(step);
            kept.Add(row);
        }
        var warning = first is not { } pair ? null
            : repeats > 1 && atLastStep == repeats ? Interleaved(name, pair.Row, pair.Earlier, repeats, columns)
            : Relogged(name, pair.Row, pair.Earlier, dropped, columns);
        return (kept, steps, warning);
    }

    // Every repeat the step just logged, again and again: two rows per step (two evaluation sets or metrics), not a resumed run.
    private static string Interleaved(string name, RawRow row, RawRow earlier, int repeats, CurveColumns columns) =>
        $"warning: run '{name}' has two rows at {QuantityFormat.Counted(repeats, "step")} (the first pair at rows {earlier.Number} and {row.Number}, step {row.Cells[columns.Step]}), " +
        "as two evaluations or metrics logged side by side do: the later row of each step is kept; keep one row per step (filter to one evaluation), " +
        "or, if they are separate runs, give them different run names.";

    private static string Relogged(string name, RawRow row, RawRow earlier, int dropped, CurveColumns columns) =>
        $"warning: run '{name}' logs step {row.Cells[columns.Step]} again at row {row.Number} (first at row {earlier.Number}), as a resumed run does: " +
        $"the later logging is kept and {QuantityFormat.Counted(dropped, "earlier point")} from that step on dropped; keep one row per step, " +
        "or, if they are separate runs (seeds), give them different run names.";

    // No loss-curve law describes step 0 (each needs a positive step): the row is either the placeholder trackers log before
    // the first step (a blank, zero or non-finite loss) or the untrained model's evaluation, and is left out with a note.
    private static bool IsStepZero(RawRow row, CurveColumns columns) =>
        double.TryParse(row.Cells[columns.Step], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s == 0;

    private static string StartNote(string name, RawRow row, CurveColumns columns)
    {
        var loss = row.Cells[columns.Loss];
        var measured = double.TryParse(loss, NumberStyles.Float, CultureInfo.InvariantCulture, out var l) && double.IsFinite(l) && l > 0;
        return measured
            ? $"dropped row {row.Number} of run '{name}': step 0 with loss '{loss}', the model before training, which no loss-curve law describes (each needs a positive step)"
            : $"dropped row {row.Number} of run '{name}': step 0 with loss '{loss}', logged before training (as W&B does)";
    }

    private static int Step(RawRow row, int column, CurveColumns columns, string path)
    {
        var value = Number(row, column, columns, path, minimum: 0, inclusive: true);
        if (value != Math.Floor(value))
            throw new DataFileException(path, $"step '{DataFileException.Shorten(row.Cells[column]!)}' is not a whole number of optimizer steps", "write steps as 0, 1, 2, …", row.Number, columns.Name(column));
        // Past 2^31 steps no run logs: the column counts tokens, samples or a timestamp.
        return value <= int.MaxValue
            ? (int)value
            : throw new DataFileException(path, $"step '{DataFileException.Shorten(row.Cells[column]!)}' is beyond {int.MaxValue:N0}, more optimizer steps than any run takes (is it tokens, samples or a timestamp?)",
                "give the optimizer step, or read tokens with --map tokens=COLUMN beside a step column", row.Number, columns.Name(column));
    }

    // A subnormal rate (below 2.2e-308, e.g. 1e-320) is no optimizer's, and the schedule-aware laws' starts, which scale
    // as 1/η_max, overflow on it: refused here, where the row and column can be named.
    private static double Rate(string name, RawRow row, int column, CurveColumns columns, string path)
    {
        var rate = Number(row, column, columns, path, minimum: 0, inclusive: true);
        return double.IsSubnormal(rate)
            ? throw new DataFileException(path, $"the learning rate of run '{name}' is '{DataFileException.Shorten(row.Cells[column]!)}', below the smallest normal number 2.2e-308: no optimizer's, and the schedule-aware laws' starts scale with 1/η",
                "give the learning rate itself (e.g. 3e-4), or 0 for a step without update", row.Number, columns.Name(column))
            : rate;
    }

    private static double Number(RawRow row, int column, CurveColumns columns, string path, double minimum, bool inclusive)
    {
        var text = row.Cells[column];
        var name = columns.Name(column);
        if (string.IsNullOrWhiteSpace(text))
            throw new DataFileException(path, $"{name} is blank", "fill it in or remove the row", row.Number, name);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !Quantity.TryParse(text, out value))
            throw new DataFileException(path, $"'{DataFileException.Shorten(text)}' is not a number", Quantity.Remedy(text, "write e.g. 3.25 or 1e4"), row.Number, name);
        if (!double.IsFinite(value) || value < minimum || (!inclusive && value == minimum))
            throw new DataFileException(path, $"{name} is '{DataFileException.Shorten(text)}', but must be a finite number {(inclusive ? "of at least" : "above")} {minimum}", "fix or remove the row", row.Number, name);
        return value;
    }

    /// <summary>Which header index holds each column of a loss curve.</summary>
    private sealed class CurveColumns
    {
        private readonly IReadOnlyList<string> headers;

        public CurveColumns(IReadOnlyList<string> headers, IReadOnlyDictionary<Field, string> fields, string path)
        {
            this.headers = headers;
            int? Index(Field field) => fields.TryGetValue(field, out var header) ? IndexOf(header) : null;
            Step = Index(Field.Step) ?? throw Missing(path, "step", headers);
            Loss = Index(Field.Loss) ?? throw Missing(path, "loss", headers);
            Run = Index(Field.Model);
            Tokens = Index(Field.Tokens);
            var rates = Enumerable.Range(0, headers.Count).Where(i => IsRateHeader(headers[i])).ToList();
            if (rates.Count > 1)
                throw new DataFileException(path, $"columns {DataFileException.Quoted(rates.Select(i => headers[i]))} could each be the learning rate", "keep one of them");
            Rate = rates.Count == 1 ? rates[0] : null;
        }

        public int Step { get; }
        public int Loss { get; }
        public int? Run { get; }
        public int? Tokens { get; }
        public int? Rate { get; }

        public string Name(int column) => headers[column];

        private int IndexOf(string header) => headers.ToList().IndexOf(header);

        public static bool Same(string a, string b) => Normalize(a) == Normalize(b);

        private static string Normalize(string header) =>
            string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-')).ToLowerInvariant();

        private static DataFileException Missing(string path, string what, IReadOnlyList<string> headers) =>
            new(path, $"no {what} column among the headers {DataFileException.Quoted(headers)}", $"name it {what}, or map it with --map {what}=COLUMN");
    }
}
