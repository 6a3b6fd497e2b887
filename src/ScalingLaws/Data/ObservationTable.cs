namespace ScalingLaws.Data;

/// <summary>
/// An immutable table of observations: the canonical fields plus any extra columns kept by name.
/// Operations return new tables; <see cref="Notes"/> records what was derived or dropped, so
/// output can say so.
/// </summary>
public sealed class ObservationTable
{
    /// <summary>A table of rows from <paramref name="source"/>, with extra columns and notes.</summary>
    public ObservationTable(
        IEnumerable<Observation> rows,
        string source = "data",
        IReadOnlyDictionary<string, ImmutableArray<string>>? extra = null,
        IEnumerable<string>? notes = null)
    {
        // An ImmutableArray is kept as is and a collection copied once: a million-row table is not copied twice.
        Rows = ImmutableArray.CreateRange(rows);
        Source = source;
        Extra = extra ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        Notes = notes is null ? [] : [.. notes];
        foreach (var (name, column) in Extra)
        {
            if (column.Length != Rows.Length)
                throw new ArgumentException($"Extra column '{name}' has {column.Length} values for {Rows.Length} rows.");
        }
    }

    /// <summary>The rows, in source order.</summary>
    public ImmutableArray<Observation> Rows { get; }

    /// <summary>Where the data came from (a file name), for messages.</summary>
    public string Source { get; }

    /// <summary>Columns that are not canonical fields, kept verbatim by their header names.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> Extra { get; }

    /// <summary>What was derived or dropped on the way, in order.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// Every row is a run of its own, as the user said: <see cref="RunIndex"/> then reads no checkpoints, where its rule
    /// would read consecutive rows of one N at rising tokens (a sweep of final values listed by N, then D) as one run's.
    /// </summary>
    public bool RowsAreRuns { get; private init; }

    /// <summary>How many rows.</summary>
    public int Count => Rows.Length;

    /// <summary>Row <paramref name="index"/>.</summary>
    public Observation this[int index] => Rows[index];

    /// <summary>True when every row has a finite value of the field.</summary>
    public bool Has(Field field) => Rows.Length > 0 && Rows.All(r => double.IsFinite(Value(r, field)));

    /// <summary>The row's value of <paramref name="field"/> (NaN when absent).</summary>
    public static double Value(Observation row, Field field) => field switch
    {
        Field.Params => row.Params,
        Field.Tokens => row.Tokens,
        Field.Flops => row.Flops,
        Field.Loss => row.Loss,
        Field.Step => row.Step,
        Field.UniqueTokens => row.UniqueTokens,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a numeric field"),
    };

    /// <summary>The field's value in every row.</summary>
    public double[] Column(Field field) => [.. Rows.Select(r => Value(r, field))];

    /// <summary>The rows whose index passes <paramref name="keep"/>, with a note of what was dropped.</summary>
    public ObservationTable Where(Func<Observation, bool> keep, string? note = null)
    {
        var indices = Enumerable.Range(0, Count).Where(i => keep(Rows[i])).ToArray();
        return Select(indices, note);
    }

    /// <summary>The rows at <paramref name="indices"/>, in that order (repeats allowed).</summary>
    public ObservationTable Select(IReadOnlyList<int> indices, string? note = null)
    {
        var extra = Extra.ToImmutableDictionary(
            kv => kv.Key,
            kv => indices.Select(i => kv.Value[i]).ToImmutableArray());
        var notes = note is null ? Notes : Notes.Add(note);
        return new ObservationTable(indices.Select(i => Rows[i]), Source, extra, notes) { RowsAreRuns = RowsAreRuns };
    }

    /// <summary>A copy with one more note.</summary>
    public ObservationTable WithNote(string note) =>
        new(Rows, Source, Extra, Notes.Add(note)) { RowsAreRuns = RowsAreRuns };

    /// <summary>A copy with rows replaced one for one (same count), keeping extras.</summary>
    public ObservationTable WithRows(IEnumerable<Observation> rows, string? note = null) =>
        new(rows, Source, Extra, note is null ? Notes : Notes.Add(note)) { RowsAreRuns = RowsAreRuns };

    /// <summary>A copy whose every row is a run of its own (<see cref="RowsAreRuns"/>).</summary>
    public ObservationTable AsRuns() =>
        new(Rows, Source, Extra, Notes.Add("every row read as a run of its own")) { RowsAreRuns = true };
}
