namespace ScalingLaws.Data;

/// <summary>
/// Fills tokens from (N, C) or FLOPs from (N, D) under C = 6·N·D, and records that it did.
/// Rows that already carry a value keep it; N is never derived, because the laws are about N.
/// Completes a table, or row by row as a reader builds one (a million rows then cost no second copy).
/// </summary>
public sealed class ComputeDerivation
{
    private int _rows, _missingTokens, _missingFlops;

    /// <summary>The table with each row's missing one of params, tokens and FLOPs derived from C = 6ND, with a note of what was derived.</summary>
    public static ObservationTable Complete(ObservationTable table)
    {
        if (!table.Rows.Any(r => NeedsTokens(r) || NeedsFlops(r)))
            return table;
        var derivation = new ComputeDerivation();
        var rows = ImmutableArray.CreateBuilder<Observation>(table.Count);
        foreach (var r in table.Rows)
            rows.Add(derivation.Complete(r));
        return table.WithRows(rows.MoveToImmutable(), derivation.Note);
    }

    /// <summary>The row with its missing tokens or FLOPs derived, counted for <see cref="Note"/>.</summary>
    public Observation Complete(Observation row)
    {
        _rows++;
        if (NeedsTokens(row))
            _missingTokens++;
        else if (NeedsFlops(row))
            _missingFlops++;
        return FillThird(row);
    }

    /// <summary>
    /// The row with the one missing of D and C (and N when <paramref name="deriveParams"/>: a point to predict names a
    /// budget, a measured row does not) derived from the other two by C = 6ND; the row itself when none can be.
    /// </summary>
    public static Observation FillThird(Observation row, bool deriveParams = false)
    {
        if (NeedsTokens(row))
            return row with { Tokens = Compute.Tokens(row.Flops, row.Params) };
        if (deriveParams && !double.IsFinite(row.Params) && double.IsFinite(row.Tokens) && double.IsFinite(row.Flops))
            return row with { Params = Compute.Params(row.Flops, row.Tokens) };
        if (NeedsFlops(row))
            return row with { Flops = Compute.Flops(row.Params, row.Tokens) };
        return row;
    }

    /// <summary>What was derived for how many of the rows completed so far; null when nothing was.</summary>
    public string? Note
    {
        get
        {
            var notes = new List<string>();
            if (_missingTokens > 0)
                notes.Add($"tokens derived as D = C/(6N) for {Grouped(_missingTokens)} of {Grouped(_rows)} rows");
            if (_missingFlops > 0)
                notes.Add($"flops derived as C = 6ND for {Grouped(_missingFlops)} of {Grouped(_rows)} rows");
            return notes.Count == 0 ? null : string.Join("; ", notes);
        }
    }

    // "6,506 of 6,506 rows", as the tool's other counts are written.
    private static string Grouped(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static bool NeedsTokens(Observation r) => !double.IsFinite(r.Tokens) && double.IsFinite(r.Flops) && double.IsFinite(r.Params);

    private static bool NeedsFlops(Observation r) => !double.IsFinite(r.Flops) && double.IsFinite(r.Tokens) && double.IsFinite(r.Params);
}
