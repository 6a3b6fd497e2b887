namespace ScalingLaws.IO;

/// <summary>
/// A unit a header gives, as spreadsheets, papers' tables and scripts write it: in brackets (<c>tokens (B)</c>,
/// <c>params [M]</c>, <c>Dataset Size (B tokens)</c>, <c>params (in millions)</c>, <c>N (params)</c>, <c>loss (nats)</c>,
/// <c>loss (bits)</c>) or as a last word (<c>params_m</c>, <c>tokens_billions</c>, <c>loss_bits</c>); a loss named in bits
/// (<c>bits_per_token</c>, <c>val_bpb</c>) too; FLOPs may be in PF-days (<c>compute (PF-days)</c>), and any scale may be written as a power (<c>tokens (1e9)</c>); a power of ten in plain digits (<c>tokens_100</c>) may be a label, so it is read as written, with a note. A size's scale (K, M, B or G, T, or the word) multiplies each cell, a loss in
/// bits is turned into nats; fitted as written, a size in billions would be a size of 20 and every optimum silently wrong.
/// A unit not known here leaves the header unrecognised, and the table is refused naming it.
/// </summary>
internal static class HeaderUnit
{
    // Words a bracket may hold around its unit: '(in millions)', '(billions of tokens)'.
    private static readonly HashSet<string> Filler = ["in", "of"];

    // Losses whose name says they are in bits: per token, or per byte as tokenizer-free evaluations give them.
    private static readonly HashSet<string> BitLosses = FieldNames.Normalized(
        "bits_per_token", "bpt", "bits_per_byte", "bpb", "val_bpb", "eval_bpb", "val_bits_per_byte", "eval_bits_per_byte");

    /// <summary>The factor to the field's own unit when <paramref name="header"/> names <paramref name="field"/> with a known unit; else null.</summary>
    public static double? Factor(Field field, string header)
    {
        var text = header.Trim();
        if (field == Field.Loss && BitLosses.Contains(FieldNames.Normalize(text)))
            return Math.Log(2);
        return Bracketed(field, text) ?? Suffixed(field, text);
    }

    /// <summary>The note saying how a header's unit was read, e.g. "read column 'tokens (B)' as tokens in units of 1e9 (each value × 1e9)".</summary>
    public static string Note(Field field, string header, double factor) => factor == 1
        ? $"read column '{header}' as {FieldNames.Name(field)}{AsWritten(field, header)}"
        : field == Field.Loss
            ? $"read column '{header}' as a loss in bits, turned into nats (× ln 2)"
            : $"read column '{header}' as {FieldNames.Name(field)} in units of {Quantity.FormatScientific(factor)} (each value × {Quantity.FormatScientific(factor)})";

    // 'tokens (B)', 'params [M]', 'Dataset Size (B tokens)': the words in the bracket other than the field's name and filler are the unit.
    private static double? Bracketed(Field field, string text)
    {
        if (text.Length < 3 || text[^1] is not (')' or ']'))
            return null;
        var open = text.LastIndexOf(text[^1] == ')' ? '(' : '[');
        if (open <= 0 || !Names(field, text[..open]))
            return null;
        var words = text[(open + 1)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var units = words.Where(w => !Filler.Contains(w.ToLowerInvariant()) && !Names(field, w)).ToList();
        return units switch
        {
            [] when words.Length > 0 => 1, // 'N (params)': the bracket names the field again
            [var unit] => Scale(field, unit),
            _ => null,
        };
    }

    // 'params_m', 'tokens_billions', 'loss_nats': a field's name, then its unit as the last word. One letter before the
    // unit ('d_m') is no field's name here: too short to tell from a model dimension or an index.
    private static double? Suffixed(Field field, string text)
    {
        var split = text.LastIndexOfAny(['_', ' ', '-']);
        if (split < 2 || split == text.Length - 1 || !Names(field, text[..split]))
            return null;
        return Scale(field, text[(split + 1)..]);
    }

    private static bool Names(Field field, string text) => FieldNames.IsAlias(field, text) || FieldNames.IsLooseAlias(field, text);

    // A scale by its letter or word, a FLOP count in petaflop/s-days (Kaplan et al.'s unit), or a power written out ('1e21').
    private static double? Scale(Field field, string unit) => unit.ToLowerInvariant() switch
    {
        "nats" or "nat" when field == Field.Loss => 1,
        "bits" or "bit" when field == Field.Loss => Math.Log(2),
        _ when field == Field.Loss => null,
        "k" or "thousands" => 1e3,
        "m" or "millions" => 1e6,
        "b" or "g" or "bn" or "billions" => 1e9,
        "t" or "trillions" => 1e12,
        "pf-days" or "pf-day" or "pfdays" or "petaflop-days" or "petaflop/s-days" when field == Field.Flops => PetaflopDay,
        var digits when digits.All(char.IsAsciiDigit) => double.TryParse(digits, CultureInfo.InvariantCulture, out var factor) && IsPowerOfTen(factor) ? 1 : null,
        var power => double.TryParse(power.TrimStart('×'), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && IsPowerOfTen(factor) ? factor : null,
    };

    // The note's reason for reading 'tokens_100' unscaled, with the header that would scale it; empty for another header.
    private static string AsWritten(Field field, string header) => field == Field.Loss || Unscaled(header) is not { } number ? ""
        : $" as written: '{number}' after the name may be a label rather than a scale, so the values are not multiplied by it; " +
          $"if each value is in units of {number}, write the header as {FieldNames.Name(field)} (1e{number.TrimStart('0').Length - 1})";

    // A power of ten in plain digits ('tokens_100', 'tokens (1000)') may be a label (a run's index, a sweep's step) as well as a scale:
    // read as a scale, 'tokens_100' multiplied every cell by 100 without a word. Written as a power ('1e9', '×1000') it is a scale.
    private static string? Unscaled(string header)
    {
        var unit = header.Trim().TrimEnd(')', ']').Split(['_', ' ', '-', '(', '['], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return unit.Length > 0 && unit.All(char.IsAsciiDigit) && double.TryParse(unit, CultureInfo.InvariantCulture, out var factor) && IsPowerOfTen(factor) ? unit : null;
    }

    // Only a power of ten is a scale: 'tokens (2024)' is no unit.
    private static bool IsPowerOfTen(double factor) => factor >= 1 && double.IsFinite(factor) && Math.Log10(factor) is var exponent && exponent == Math.Round(exponent);

    // 1e15 FLOP/s for a day of 86,400 s.
    private const double PetaflopDay = 8.64e19;
}
