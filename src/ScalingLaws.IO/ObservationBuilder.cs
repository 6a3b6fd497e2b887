using System.Collections.Immutable;

namespace ScalingLaws.IO;

/// <summary>
/// Turns rows of cells into observations as they are read, checking every number a fit depends on. Numbers are
/// parsed straight from the cell's span; a string is made only for text cells and for messages.
/// </summary>
internal sealed class ObservationBuilder
{
    private const int Absent = -1;

    private readonly IReadOnlyDictionary<Field, string> _columns;
    private readonly string _source;
    private readonly int[] _index; // by Field; Absent when the field has no column
    private readonly double[] _unit; // by Field; the factor of a unit its header gives ('tokens (B)'), else 1
    private readonly (string Header, int Column, ImmutableArray<string>.Builder Cells)[] _extra;
    private readonly ImmutableArray<Observation>.Builder _rows;
    private readonly ComputeDerivation _derivation = new();
    private readonly IReadOnlyList<string> _headerNotes;
    private readonly bool _lossRequired;
    private string? _modelSizeNote;

    /// <param name="expectedRows">How many rows will come; when exact, the table is built without a copy.</param>
    /// <param name="headerNotes">What reading the header guessed, noted first.</param>
    /// <param name="lossRequired">Whether every row needs a loss (a table to fit) or may leave it blank (rows to predict).</param>
    public ObservationBuilder(IReadOnlyList<string> headers, IReadOnlyDictionary<Field, string> columns, string source, int expectedRows, IReadOnlyList<string> headerNotes, bool lossRequired = true)
    {
        _headerNotes = headerNotes;
        _lossRequired = lossRequired;
        _columns = columns;
        _source = source;
        var order = headers.ToList();
        _index = [.. Enum.GetValues<Field>().Select(f => columns.TryGetValue(f, out var header) ? order.IndexOf(header) : Absent)];
        _unit = [.. Enum.GetValues<Field>().Select(f => columns.TryGetValue(f, out var header) ? HeaderUnit.Factor(f, header) ?? 1 : 1)];
        var mapped = _index.ToHashSet();
        _extra = [.. Enumerable.Range(0, headers.Count).Where(i => !mapped.Contains(i) && !string.IsNullOrWhiteSpace(headers[i]))
            .Select(i => (headers[i], i, ImmutableArray.CreateBuilder<string>(expectedRows)))];
        _rows = ImmutableArray.CreateBuilder<Observation>(expectedRows);
    }

    public void Add(ICellRow row)
    {
        var observation = _derivation.Complete(Observation(row));
        // Each size is finite, but C = 6ND of two huge ones is not: every budget, envelope and order by compute would read ∞.
        if (double.IsInfinity(observation.Flops) || double.IsInfinity(observation.Tokens))
            throw Error(row, Field.Params, $"params {Quantity.FormatScientific(observation.Params)} and tokens {Quantity.FormatScientific(observation.Tokens)} make a compute C = 6ND beyond the largest number a double holds (about 1.8e308), which no run has",
                "fix the row: a size this large is a wrong cell, or a unit far off");
        _rows.Add(observation);
        foreach (var (_, column, cells) in _extra)
            cells.Add(row.Cell(column).ToString());
    }

    /// <summary>The table, its missing tokens or FLOPs derived from C = 6ND and noted.</summary>
    public ObservationTable Build() =>
        new(_rows.DrainToImmutable(), _source, _extra.ToImmutableDictionary(e => e.Header, e => e.Cells.DrainToImmutable()),
            [.. _headerNotes, .. _modelSizeNote is { } sizes ? [sizes] : Array.Empty<string>(), .. UnitNotes(), .. _derivation.Note is { } note ? [note] : Array.Empty<string>()]);

    private IEnumerable<string> UnitNotes() =>
        Enum.GetValues<Field>().Where(f => Has(f) && HeaderUnit.Factor(f, _columns[f]) is not null).Select(f => HeaderUnit.Note(f, _columns[f], _unit[(int)f]));

    private bool Has(Field field) => _index[(int)field] != Absent;

    private Observation Observation(ICellRow row)
    {
        var parameters = Has(Field.Params) ? Number(row, Field.Params, required: true) : ModelSize(row);
        // With both columns present a row needs only one of them; the other is derived from C = 6ND.
        var tokens = Number(row, Field.Tokens, required: !Has(Field.Flops));
        var flops = Number(row, Field.Flops, required: !Has(Field.Tokens));
        if (double.IsNaN(tokens) && double.IsNaN(flops))
            throw Error(row, Field.Tokens, $"tokens is blank and so is flops (column '{_columns[Field.Flops]}')", "fill in one of them or remove the row");
        return new Observation(parameters, tokens, flops, Number(row, Field.Loss, required: _lossRequired),
            Text(row, Field.Model), Text(row, Field.Family), Number(row, Field.Step, required: false), row.Number,
            Number(row, Field.UniqueTokens, required: false));
    }

    private string? Text(ICellRow row, Field field)
    {
        if (!Has(field))
            return null;
        var cell = row.Cell(_index[(int)field]);
        return cell.IsWhiteSpace() ? null : cell.ToString();
    }

    /// <summary>The cell as a number; NaN when the column is absent or the optional cell is blank.</summary>
    private double Number(ICellRow row, Field field, bool required)
    {
        if (!Has(field))
            return double.NaN;
        var cell = row.Cell(_index[(int)field]);
        var unit = _unit[(int)field];
        // The common cell, a positive number, takes one parse and no more; the rest (blanks, suffixes, bad values) are checked apart.
        return !cell.IsEmpty && CellNumber.TryParse(cell, out var value) && value > 0 && double.IsFinite(value * unit) && (value * unit >= 1 || !IsSize(field))
            ? value * unit
            : Checked(row, field, cell, required, unit);
    }

    /// <summary>A cell that is not a plain positive number: blank (NaN when optional), a size with a suffix, a step of 0 or below, or an error.</summary>
    private double Checked(ICellRow row, Field field, ReadOnlySpan<char> cell, bool required, double unit)
    {
        if (cell.IsWhiteSpace())
            return required ? throw Error(row, field, $"{FieldNames.Name(field)} is blank", "fill it in or remove the row") : double.NaN;
        var isSize = IsSize(field);
        if (unit != 1 && !CellNumber.TryParse(cell, out _))
            throw Error(row, field, $"'{DataFileException.Shorten(cell.ToString())}' is not a plain number, and the header '{_columns[field]}' already gives the unit", "write the number alone (e.g. 20 for 20B), or the unit in each cell and not in the header");
        var value = Parse(cell, isSize) * unit ?? throw NotANumber(row, field, cell.ToString(), isSize);
        if (!double.IsFinite(value))
            throw Error(row, field, $"{FieldNames.Name(field)} is '{DataFileException.Shorten(cell.ToString())}', which is not finite", "fix or remove the row");
        if (field != Field.Step && value <= 0)
            throw Error(row, field, $"{FieldNames.Name(field)} is '{DataFileException.Shorten(cell.ToString())}' but must be positive", "fix or remove the row");
        // A count below one is a size written in millions or billions without its unit: fitted as it is, C = 6ND and every optimum would be silently wrong.
        if (isSize && value < 1)
            throw Error(row, field, $"{FieldNames.Name(field)} is '{DataFileException.Shorten(cell.ToString())}', less than one, which no count is",
                "if the column is in millions or billions, write the unit (0.125B or 125M), or fix the row");
        return value;
    }

    // No params column: the size in the model's name ('pythia-70m'), noted from the first row so the reading can be checked.
    private double ModelSize(ICellRow row)
    {
        var name = Text(row, Field.Model);
        var size = name is null ? null : ModelNameSize.Of(name);
        if (size is null)
            throw Error(row, Field.Model, $"the table has no params column, and the model name '{DataFileException.Shorten(name ?? "")}' gives no size (as 'pythia-70m' or 'opt-1.3b' do)",
                "add a params column, or name it with --map params=COLUMN");
        _modelSizeNote ??= $"read params from the model names in column '{_columns[Field.Model]}' ('{name}' as {Quantity.Format(size.Value)}); no params column";
        return size.Value;
    }

    private static bool IsSize(Field field) => field is Field.Params or Field.Tokens or Field.Flops or Field.UniqueTokens;

    // Plain parsing first so NaN, Infinity and overflow reach the finiteness check; suffixes only for sizes.
    private static double? Parse(ReadOnlySpan<char> cell, bool allowSuffix) =>
        CellNumber.TryParse(cell, out var value) ? value
        : allowSuffix && Quantity.TryParseSizeCell(cell.ToString(), out value) ? value
        : null;

    private DataFileException NotANumber(ICellRow row, Field field, string text, bool isSize) =>
        Error(row, field, $"'{DataFileException.Shorten(text)}' is not a number", isSize ? Quantity.SizeRemedy(text, "write e.g. 7e9 or 7B") : Quantity.Remedy(text, "write e.g. 3.25 or 1e4"));

    private DataFileException Error(ICellRow row, Field field, string problem, string remedy) =>
        new(_source, problem, remedy, row.Number, _columns[field]);
}
