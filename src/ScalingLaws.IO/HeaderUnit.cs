namespace ScalingLaws.IO;

/// <summary>
/// A unit a header gives in brackets, as spreadsheets and papers' tables write it: <c>tokens (B)</c>, <c>params [M]</c>,
/// <c>N (params)</c>, <c>loss (nats)</c>, <c>loss (bits)</c>. A size's scale (K, M, B or G, T, or the word) multiplies each
/// cell, a loss in bits is turned into nats; fitted as written, a size in billions would be a size of 20 and every
/// optimum silently wrong. A unit not known here leaves the header unrecognised, and the table is refused naming it.
/// </summary>
internal static class HeaderUnit
{
    /// <summary>The factor to the field's own unit when <paramref name="header"/> names <paramref name="field"/> with a known unit in brackets; else null.</summary>
    public static double? Factor(Field field, string header)
    {
        var text = header.Trim();
        if (text.Length < 3 || text[^1] is not (')' or ']'))
            return null;
        var open = text.LastIndexOf(text[^1] == ')' ? '(' : '[');
        if (open <= 0 || !FieldNames.IsAlias(field, text[..open]))
            return null;
        var unit = text[(open + 1)..^1].Trim();
        if (FieldNames.IsAlias(field, unit))
            return 1; // 'N (params)': the bracket names the field again
        return unit.ToLowerInvariant() switch
        {
            "nats" or "nat" when field == Field.Loss => 1,
            "bits" or "bit" when field == Field.Loss => Math.Log(2),
            _ when field == Field.Loss => null,
            "k" or "thousands" => 1e3,
            "m" or "millions" => 1e6,
            "b" or "g" or "bn" or "billions" => 1e9,
            "t" or "trillions" => 1e12,
            _ => null,
        };
    }

    /// <summary>The note saying how a header's unit was read, e.g. "read 'tokens (B)' in billions: 20 is 2e10 tokens".</summary>
    public static string Note(Field field, string header, double factor) => factor == 1
        ? $"read column '{header}' as {FieldNames.Name(field)}"
        : field == Field.Loss
            ? $"read column '{header}' as a loss in bits, turned into nats (× ln 2)"
            : $"read column '{header}' as {FieldNames.Name(field)} in units of {Quantity.FormatScientific(factor)} (each value × {Quantity.FormatScientific(factor)})";
}
