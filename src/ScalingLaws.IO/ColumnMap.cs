namespace ScalingLaws.IO;

/// <summary>
/// Which file column holds each canonical field. Fields mapped explicitly (<c>--map params="Model Size"</c>)
/// win; the others are recognised from common header names.
/// </summary>
public sealed class ColumnMap
{
    // How the user named each explicit column, for messages: "--map params" unless an option of its own gave it.
    private readonly IReadOnlyDictionary<Field, string> _givenBy;

    private ColumnMap(IReadOnlyDictionary<Field, string> explicitColumns, IReadOnlyDictionary<Field, string>? givenBy = null)
    {
        Explicit = explicitColumns;
        _givenBy = givenBy ?? new Dictionary<Field, string>();
    }

    /// <summary>No explicit mappings: every field is recognised from the headers.</summary>
    public static ColumnMap Automatic { get; } = new(new Dictionary<Field, string>());

    /// <summary>The fields the user mapped, with the header each names.</summary>
    public IReadOnlyDictionary<Field, string> Explicit { get; }

    /// <summary>Parses <c>FIELD=COLUMN</c> pairs; the column is everything after the first '='.</summary>
    public static ColumnMap Parse(IEnumerable<string> pairs)
    {
        var columns = new Dictionary<Field, string>();
        foreach (var pair in pairs)
        {
            var (field, column) = ParsePair(pair);
            // The same pair twice (a shell alias's and the command line's) asks one thing: before, "gives loss twice ('loss' and 'loss')".
            if (!columns.TryAdd(field, column) && columns[field] != column)
                throw new ScalingLawsException($"--map gives {FieldNames.Name(field)} twice ('{columns[field]}' and '{column}'); keep one.");
            // 'loss=loss params=loss' read every loss as a size too, without a word; a model column may name the family as well.
            if (field is not (Field.Model or Field.Family) && columns.FirstOrDefault(c => c.Key != field && c.Key is not (Field.Model or Field.Family) && c.Value == column) is { Value: not null } other)
                throw new ScalingLawsException($"--map gives column '{column}' to both {FieldNames.Name(other.Key)} and {FieldNames.Name(field)}; a column holds one quantity, so map each to its own column.");
        }
        return new ColumnMap(columns);
    }

    /// <summary>This map with <paramref name="field"/> read from <paramref name="column"/>, as option <paramref name="option"/> asked (e.g. --family-column).</summary>
    public ColumnMap With(Field field, string column, string option)
    {
        if (Explicit.TryGetValue(field, out var mapped))
            throw new ScalingLawsException($"{option} {column} and --map {FieldNames.Name(field)}={mapped} both name the {FieldNames.Name(field)} column; keep one.");
        return new ColumnMap(new Dictionary<Field, string>(Explicit) { [field] = column }, new Dictionary<Field, string>(_givenBy) { [field] = option });
    }

    /// <summary>The header holding each field found in <paramref name="headers"/>; fields with no column are absent.</summary>
    /// <param name="headers">The file's header row.</param>
    /// <param name="source">The file name, for messages.</param>
    public IReadOnlyDictionary<Field, string> Resolve(IReadOnlyList<string> headers, string source)
    {
        RejectDuplicates(headers, source);
        var columns = Explicit.ToDictionary(kv => kv.Key, kv => RequireHeader(kv.Key, kv.Value, headers, source, _givenBy.GetValueOrDefault(kv.Key)));
        // A column the user assigned to one field must not be guessed for another.
        var unclaimed = headers.Except(Explicit.Values).ToList();
        foreach (var field in Enum.GetValues<Field>().Where(f => !Explicit.ContainsKey(f)))
        {
            if (Recognise(field, unclaimed, source) is { } header)
                columns[field] = header;
        }
        return columns;
    }

    /// <summary>A note for each column taken by a loose name ('tokens_seen'), so the guess can be checked; none for a mapped one.</summary>
    internal string[] LooseNotes(IReadOnlyDictionary<Field, string> columns) =>
        [.. Enum.GetValues<Field>()
            .Where(f => columns.TryGetValue(f, out var header) && !Explicit.ContainsKey(f) && FieldNames.IsLooseAlias(f, header))
            .Select(f => HeaderUnit.Note(f, columns[f], 1))];

    private static (Field Field, string Column) ParsePair(string pair)
    {
        var split = pair.Split('=', 2);
        if (split.Length != 2 || split[1].Trim().Length == 0)
            throw new ScalingLawsException($"--map '{pair}' is not FIELD=COLUMN; write e.g. --map params=\"Model Size\".");
        var field = FieldNames.Find(split[0])
            ?? throw new ScalingLawsException(
                $"--map '{pair}': unknown field '{split[0].Trim()}'{EditDistance.DidYouMean(split[0].Trim(), Enum.GetValues<Field>().Select(FieldNames.Name))}; valid fields are {FieldNames.All}.");
        return (field, split[1].Trim());
    }

    private static void RejectDuplicates(IReadOnlyList<string> headers, string source)
    {
        // Columns without a name (a spreadsheet's empty trailing columns, a pandas index) are read by no field, so they may repeat.
        var duplicate = headers.Where(h => !string.IsNullOrWhiteSpace(h)).GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DataFileException(source, $"duplicated column (the header has it {duplicate.Count()} times)",
                "rename the copies so every header is unique", column: duplicate.Key);
    }

    private static string RequireHeader(Field field, string column, IReadOnlyList<string> headers, string source, string? option)
    {
        if (headers.Contains(column))
            return column;
        throw new DataFileException(source,
            $"{option ?? "--map " + FieldNames.Name(field)} names a column that is not in the header (did you mean '{EditDistance.Closest(column, headers)}'?)",
            $"use one of {DataFileException.Quoted(headers)}", column: column);
    }

    // Several candidates are ambiguous unless exactly one is the field's own name (e.g. 'params' beside 'param_count').
    // A loose name ('tokens_seen') is looked for only where no usual one is.
    private static string? Recognise(Field field, IReadOnlyList<string> headers, string source)
    {
        var candidates = headers.Where(h => FieldNames.IsAlias(field, h)).ToList();
        if (candidates.Count == 0)
            candidates = [.. headers.Where(h => FieldNames.IsLooseAlias(field, h))];
        if (candidates.Count > 1 && candidates.Count(h => FieldNames.IsCanonical(field, h)) == 1)
            return candidates.Single(h => FieldNames.IsCanonical(field, h));
        if (candidates.Count > 1)
        {
            var name = FieldNames.Name(field);
            throw new DataFileException(source, $"columns {DataFileException.Quoted(candidates)} could each be {name}",
                $"pick one with --map {name}=COLUMN");
        }
        return candidates.SingleOrDefault();
    }
}
