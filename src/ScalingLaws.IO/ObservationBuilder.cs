using System.Collections.Immutable;
using System.Globalization;
using ScalingLaws.Data;

namespace ScalingLaws.IO;

/// <summary>Turns raw cells into observations, checking every number a fit depends on.</summary>
internal sealed class ObservationBuilder(RawTable raw, IReadOnlyDictionary<Field, string> columns, string source)
{
    private readonly Dictionary<Field, int> index =
        columns.ToDictionary(kv => kv.Key, kv => raw.Headers.ToList().IndexOf(kv.Value));

    public ObservationTable Build()
    {
        var mapped = index.Values.ToHashSet();
        var extra = Enumerable.Range(0, raw.Headers.Count)
            .Where(i => !mapped.Contains(i))
            .ToImmutableDictionary(i => raw.Headers[i], i => raw.Rows.Select(r => r.Cells[i] ?? "").ToImmutableArray());
        return new ObservationTable(raw.Rows.Select(Observation), source, extra);
    }

    private Observation Observation(RawRow row)
    {
        var parameters = Number(row, Field.Params, required: true);
        // With both columns present a row needs only one of them; the other is derived from C = 6ND.
        var tokens = Number(row, Field.Tokens, required: !index.ContainsKey(Field.Flops));
        var flops = Number(row, Field.Flops, required: !index.ContainsKey(Field.Tokens));
        if (double.IsNaN(tokens) && double.IsNaN(flops))
            throw Error(row, Field.Tokens, $"tokens is blank and so is flops (column '{columns[Field.Flops]}')", "fill in one of them or remove the row");
        return new Observation(parameters, tokens, flops, Number(row, Field.Loss, required: true),
            Text(row, Field.Model), Text(row, Field.Family), Number(row, Field.Step, required: false), row.Number,
            Number(row, Field.UniqueTokens, required: false));
    }

    private string? Text(RawRow row, Field field) =>
        index.TryGetValue(field, out var i) && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i] : null;

    /// <summary>The cell as a number; NaN when the column is absent or the optional cell is blank.</summary>
    private double Number(RawRow row, Field field, bool required)
    {
        if (!index.TryGetValue(field, out var i))
            return double.NaN;
        var text = row.Cells[i];
        var name = FieldNames.Name(field);
        if (string.IsNullOrWhiteSpace(text))
            return required ? throw Error(row, field, $"{name} is blank", "fill it in or remove the row") : double.NaN;
        var isSize = field is Field.Params or Field.Tokens or Field.Flops or Field.UniqueTokens;
        var value = Parse(text, isSize)
            ?? throw Error(row, field, $"'{DataFileException.Shorten(text)}' is not a number", Quantity.Remedy(text, isSize ? "write e.g. 7e9 or 7B" : "write e.g. 3.25 or 1e4"));
        if (!double.IsFinite(value))
            throw Error(row, field, $"{name} is '{DataFileException.Shorten(text)}', which is not finite", "fix or remove the row");
        if (field != Field.Step && value <= 0)
            throw Error(row, field, $"{name} is '{DataFileException.Shorten(text)}' but must be positive", "fix or remove the row");
        return value;
    }

    // Plain parsing first so NaN, Infinity and overflow reach the finiteness check; suffixes only for sizes.
    private static double? Parse(string text, bool allowSuffix) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : allowSuffix && Quantity.TryParseSize(text, out value) ? value
        : null;

    private DataFileException Error(RawRow row, Field field, string problem, string remedy) =>
        new(source, problem, remedy, row.Number, columns[field]);
}
