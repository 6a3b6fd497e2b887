using System.Text.Json;
using ScalingLaws.Temporal;

namespace ScalingLaws.IO.Curves;

/// <summary>
/// Reads per-position losses, one row per checkpoint (formats.md): a wide CSV/TSV with <c>step</c>,
/// <c>tokens</c>, optional <c>run</c>, <c>lr</c> and <c>loss</c>, then <c>pos_1</c> … <c>pos_T</c>; or
/// JSON Lines with the losses in a <c>positions</c> array. Rows of one run must have increasing steps
/// and tokens and the same positions. The <c>loss</c> column is not needed: the sequence loss is the
/// mean of the positions, which is what the laws predict. The file is only read.
/// </summary>
public static class PositionLossReader
{
    private const string PositionsKey = "positions";
    private const string PositionPrefix = "pos_";
    private static readonly string[] LearningRateNames = ["lr", "learning_rate", "learningrate", "learning rate"];

    /// <summary>The runs in the file, in order of first appearance.</summary>
    /// <exception cref="DataFileException">The file is missing, unreadable or holds bad data.</exception>
    /// <param name="delimiter">The field separator of a CSV-like file, when not the extension's.</param>
    /// <param name="format">The file's format when its name and content do not tell (<c>--format</c>).</param>
    public static IReadOnlyList<PositionLosses> Read(string path, char? delimiter = null, InputFormat? format = null)
    {
        var raw = TableReader.ReadRaw(path, delimiter, format);
        if (raw.Headers.Count == 0)
            throw new DataFileException(path, "the file is empty", "add a header row and one row per checkpoint");
        if (raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has a header but no data rows", "add one row per checkpoint");
        var columns = new Columns(raw.Headers, path);
        var runs = new List<(string Name, List<PositionCheckpoint> Checkpoints)>();
        foreach (var row in raw.Rows)
        {
            var name = columns.Run is { } r && !string.IsNullOrWhiteSpace(row.Cells[r]) ? row.Cells[r]!.Trim() : InputFile.DefaultName(path);
            var checkpoint = columns.Checkpoint(row);
            var run = runs.FirstOrDefault(x => x.Name == name);
            if (run.Checkpoints is null)
                runs.Add(run = (name, []));
            else
                columns.CheckFollows(row, run.Checkpoints[^1], checkpoint, name);
            run.Checkpoints.Add(checkpoint);
        }
        return [.. runs.Select(r => new PositionLosses(r.Name, path, r.Checkpoints))];
    }

    /// <summary>Where each field is, and how to turn a row into a checkpoint with one-line errors.</summary>
    private sealed class Columns
    {
        private readonly IReadOnlyList<string> _headers;
        private readonly string _path;
        private readonly int _step, _tokens;
        private readonly int? _rate, _array;
        private readonly int[] _positions = [];
        private int _expected = -1; // positions per row, set by the first row

        public Columns(IReadOnlyList<string> headers, string path)
        {
            _headers = headers;
            _path = path;
            if (headers.Where(h => !string.IsNullOrWhiteSpace(h)).GroupBy(h => h).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
                throw new DataFileException(path, $"duplicated column (the header has it {duplicate.Count()} times)", "rename the copies so every header is unique", column: duplicate.Key);
            Run = Find(h => FieldNames.IsAlias(Field.Model, h));
            _step = Find(h => FieldNames.IsAlias(Field.Step, h)) ?? throw Missing("step");
            _tokens = Find(h => FieldNames.IsAlias(Field.Tokens, h)) ?? throw Missing("tokens");
            _rate = Find(h => LearningRateNames.Contains(h.Trim().ToLowerInvariant()));
            _array = Find(h => h.Trim().Equals(PositionsKey, StringComparison.OrdinalIgnoreCase));
            if (_array is null)
                _positions = WidePositions();
        }

        public int? Run { get; }

        public PositionCheckpoint Checkpoint(RawRow row)
        {
            var step = Number(row, _step, "step", positive: false);
            var tokens = Number(row, _tokens, "tokens", positive: true);
            double? rate = _rate is { } r ? Number(row, r, "lr", positive: false) : null;
            var losses = _array is { } a ? ArrayLosses(row, a) : [.. _positions.Select((c, i) => Number(row, c, $"loss at position {i + 1}", positive: true))];
            if (_expected < 0)
                _expected = losses.Length;
            if (losses.Length != _expected)
                throw new DataFileException(_path, $"{losses.Length} positions, but the first row has {_expected}", "give every checkpoint the same positions", row.Number, _headers[_array ?? _positions[0]]);
            if (losses.Length < PositionLaw.ParameterCount)
                throw new DataFileException(_path, $"only {losses.Length} position(s), fewer than the {PositionLaw.ParameterCount} parameters of the per-position law", $"evaluate at least {PositionLaw.ParameterCount} positions", row.Number, _headers[_array ?? _positions[0]]);
            return new PositionCheckpoint(step, tokens, rate, [.. losses], row.Number);
        }

        public void CheckFollows(RawRow row, PositionCheckpoint previous, PositionCheckpoint current, string run)
        {
            if (!(current.Step > previous.Step))
                throw new DataFileException(_path, $"step {current.Step:G} does not increase on the previous row of run '{run}' (step {previous.Step:G})", "sort the rows by step and remove repeated checkpoints", row.Number, _headers[_step]);
            if (!(current.Tokens > previous.Tokens))
                throw new DataFileException(_path, $"tokens {current.Tokens:G} do not increase on the previous row of run '{run}' ({previous.Tokens:G})", "tokens must grow with the step", row.Number, _headers[_tokens]);
        }

        // pos_1 … pos_T, in any column order, without gaps.
        private int[] WidePositions()
        {
            var found = new SortedDictionary<int, int>();
            for (var c = 0; c < _headers.Count; c++)
            {
                var header = _headers[c].Trim();
                if (!header.StartsWith(PositionPrefix, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (!int.TryParse(header[PositionPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
                    throw new DataFileException(_path, "is not a position column", "name position columns pos_1, pos_2, … (1-based)", column: _headers[c]);
                found[position] = c;
            }
            if (found.Count == 0)
                throw new DataFileException(_path, $"no per-position losses: neither pos_1 … pos_T columns nor a '{PositionsKey}' array among the headers {Selection.Listing.Some([.. _headers.Select(h => $"'{h}'")])}", "write one column per position (pos_1, pos_2, …) or, in JSON Lines, a positions array");
            var gap = Enumerable.Range(1, found.Count).FirstOrDefault(i => !found.ContainsKey(i));
            if (gap > 0)
                throw new DataFileException(_path, $"column '{PositionPrefix}{gap}' is missing, but there are {found.Count} position columns up to '{_headers[found.Values.Last()]}'", "positions must run pos_1 … pos_T without gaps");
            return [.. found.Values];
        }

        private double[] ArrayLosses(RawRow row, int column)
        {
            var text = row.Cells[column];
            var name = _headers[column];
            if (string.IsNullOrWhiteSpace(text))
                throw new DataFileException(_path, "the positions array is missing", "give the losses at positions 1..T as a JSON array of numbers", row.Number, name);
            try
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                    throw new DataFileException(_path, $"'{DataFileException.Shorten(text)}' is not an array", "give the losses at positions 1..T as a JSON array of numbers", row.Number, name);
                return [.. document.RootElement.EnumerateArray().Select((e, i) => Loss(e, i, row, name))];
            }
            catch (JsonException)
            {
                throw new DataFileException(_path, $"'{DataFileException.Shorten(text)}' is not a JSON array", "give the losses at positions 1..T as a JSON array of numbers", row.Number, name);
            }
        }

        private double Loss(JsonElement element, int index, RawRow row, string column)
        {
            var what = $"the loss at position {index + 1}";
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value))
                throw new DataFileException(_path, $"{what} is {DataFileException.Shorten(element.GetRawText())}, not a number", "write every loss as a number", row.Number, column);
            return Positive(value, element.GetRawText(), what, row, column);
        }

        private double Number(RawRow row, int column, string what, bool positive)
        {
            var text = row.Cells[column];
            var name = _headers[column];
            if (string.IsNullOrWhiteSpace(text))
                throw new DataFileException(_path, $"{what} is blank", "fill it in or remove the row", row.Number, name);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !(what == "tokens" && Quantity.TryParse(text, out value)))
                throw new DataFileException(_path, $"'{DataFileException.Shorten(text)}' is not a number", Quantity.Remedy(text, "write e.g. 3.25, 1e4 or, for tokens, 2.6B"), row.Number, name);
            if (positive)
                return Positive(value, text, what, row, name);
            if (!double.IsFinite(value) || value < 0)
                throw new DataFileException(_path, $"{what} is '{text}' but must be a finite number ≥ 0", "fix or remove the row", row.Number, name);
            return value;
        }

        private double Positive(double value, string text, string what, RawRow row, string column)
        {
            if (!double.IsFinite(value))
                throw new DataFileException(_path, $"{what} is '{text}', which is not finite", "fix or remove the row", row.Number, column);
            if (value <= 0)
                throw new DataFileException(_path, $"{what} is '{text}' but must be positive", "fix or remove the row", row.Number, column);
            return value;
        }

        private int? Find(Func<string, bool> matches)
        {
            var found = Enumerable.Range(0, _headers.Count).Where(c => matches(_headers[c])).ToList();
            if (found.Count > 1)
                throw new DataFileException(_path, $"columns {DataFileException.Quoted(found.Select(c => _headers[c]))} could each be the same field", "keep one of them");
            return found.Count == 1 ? found[0] : null;
        }

        private DataFileException Missing(string field) =>
            new(_path, $"no {field} column among the headers {Selection.Listing.Some([.. _headers.Select(h => $"'{h}'")])}", $"add a '{field}' column: per-position files have step, tokens, optional lr, then pos_1 … pos_T");
    }
}
