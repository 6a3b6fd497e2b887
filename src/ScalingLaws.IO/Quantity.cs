using System.Text.RegularExpressions;

namespace ScalingLaws.IO;

/// <summary>
/// Numbers written the way papers write model and data sizes: <c>70B</c>, <c>1.4T</c>, <c>125m</c>, <c>3e21</c>.
/// Suffixes are case-insensitive (OPT sizes are written "125m" and mean million), so there is no milli.
/// </summary>
public static partial class Quantity
{
    private const string AcceptedForms =
        "write a plain number (3e21, 1.2e-3) or one with a suffix K, M, B or G, T, P (70B, 1.4T, 125m), without thousands separators";

    /// <summary>Parses a quantity such as <c>70B</c>, <c>1.4e9</c> or <c>125m</c>; throws on anything else.</summary>
    public static double Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new ScalingLawsException($"'{text}' is not a quantity; {AcceptedForms}.");

    /// <summary>Parses a finite number with an optional suffix, also after a space ("20 M"); on failure <paramref name="value"/> is NaN.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = double.NaN;
        var trimmed = text is null ? null : SpaceBeforeSuffix().Replace(text.Trim(), "$1$2");
        if (string.IsNullOrEmpty(trimmed))
            return false;
        // Appending the exponent keeps the parse correctly rounded: "70.2B" reads exactly as 70.2e9.
        var number = SuffixExponent(trimmed[^1]) is { } exponent
            ? $"{trimmed[..^1]}e{exponent}"
            : trimmed;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed) || RoundsToZero(number, parsed))
            return false;
        value = parsed;
        return true;
    }

    /// <summary>
    /// <see cref="TryParse"/> for a size (parameters, tokens, FLOPs), which may also be written with thousands separators,
    /// "1,400,000,000", as spreadsheets quote them. Only whole groups of three count: "3,5" is a decimal comma, not a size.
    /// </summary>
    public static bool TryParseSize(string? text, out double value) =>
        TryParse(text is not null && Grouped().IsMatch(text.Trim()) ? text.Replace(",", "") : text, out value);

    /// <summary>
    /// <see cref="TryParseSize"/> for a table's cell, where one comma before three digits ("1,000", "12,500") is refused: a
    /// thousands separator and a decimal comma read it alike, and the cell alone cannot say which (<see cref="SizeRemedy"/>).
    /// </summary>
    public static bool TryParseSizeCell(string? text, out double value)
    {
        if (text is not null && OneGroup().IsMatch(text.Trim()))
        {
            value = double.NaN;
            return false;
        }
        return TryParseSize(text, out value);
    }

    /// <summary><see cref="Remedy"/> for a size cell that did not parse, naming a comma that may be either kind ("1,000").</summary>
    public static string SizeRemedy(string text, string usual) =>
        OneGroup().IsMatch(text.Trim())
            ? $"one comma before three digits reads as a thousands separator ({text.Trim().Replace(",", "")}) or as a decimal comma ({text.Trim().Replace(',', '.')}), and the cell does not say which; " +
              $"write the number without the comma, e.g. {text.Trim().Replace(",", "")} or {text.Trim().Replace(',', '.')}"
            : Remedy(text, usual);

    /// <summary>
    /// What to write instead of a number that did not parse: names a decimal comma ("3,25"), a spreadsheet's error value ("#DIV/0!"), a word processor's
    /// minus sign ("\u22122"), a number nearer zero than a double holds ("1e-400") or beyond the largest it holds ("1e400"), a percentage ("62%") or digits grouped by spaces, apostrophes or underscores ("100 000 000" as a French or Swiss spreadsheet writes it, with a no-break space) when it is one.
    /// </summary>
    public static string Remedy(string text, string usual) =>
        WithDecimalPoint(text) is { } point ? $"it has a decimal comma; write it with a point, {point}"
        : SpreadsheetError().IsMatch(text.Trim()) ? "it is a spreadsheet's error value (a formula that failed); fix the formula or remove the row"
        : text.Trim().StartsWith('\u2212') && TryParse("-" + text.Trim()[1..], out _) ? $"it starts with the minus sign '\u2212' (U+2212) of word processors; write a hyphen-minus, -{text.Trim()[1..]}"
        : double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var tiny) && RoundsToZero(text.Trim(), tiny)
            ? "it is nearer zero than the smallest number a double holds (about 4.9e-324), so it would read as 0; write 0 if zero is meant"
        : Overflows(text.Trim()) ? "it is beyond the largest number a double holds (about 1.8e308), so it would read as infinity"
        : text.Trim() is [.. var share, '%'] && double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && double.IsFinite(percent)
            ? $"it is a percentage; write the fraction it means, {percent / 100:R}"
        : SpaceGrouped().IsMatch(text.Trim()) ? $"its digits are grouped by spaces, apostrophes or underscores; write it without them, {string.Concat(text.Trim().Where(c => char.IsAsciiDigit(c) || c is '-' or '+'))}"
        : NotFinite().IsMatch(text.Trim()) ? "it is not a finite number, and every size, loss and setting here is one; give a finite number"
        : Hexadecimal().IsMatch(text.Trim()) ? $"it is hexadecimal; write it in decimal, {Convert.ToUInt64(text.Trim()[2..], 16).ToString(CultureInfo.InvariantCulture)}"
        : text.Trim().Length == 0 ? "no value was given; give one, or leave the option out"
        : usual;

    // "1e400" reads as infinity: a number written in digits that a double cannot hold, not "Infinity" spelt out.
    private static bool Overflows(string number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsInfinity(parsed) && number.Any(char.IsAsciiDigit);

    // "1e-400" reads as 0 without complaint: a value written non-zero that a double cannot hold is no quantity, not zero.
    private static bool RoundsToZero(string number, double parsed) =>
        parsed == 0 && number.TakeWhile(c => c is not ('e' or 'E')).Any(c => c is >= '1' and <= '9');

    /// <summary>
    /// <paramref name="text"/> with its decimal comma made a point ("2,5" → "2.5", "1,5B" → "1.5B", "6,1e19" → "6.1e19"), or
    /// null when it is not a number with one comma between digits. "2,500" counts too: <see cref="TryParseSize"/> reads it
    /// as thousands, so a caller that takes sizes asks that first.
    /// </summary>
    public static string? WithDecimalPoint(string text) =>
        DecimalComma().IsMatch(text.Trim()) ? text.Trim().Replace(',', '.') : null;

    /// <summary>Formats with the largest fitting suffix, e.g. <c>70.2B</c>, <c>1.41T</c>, <c>500M</c> (<see cref="QuantityFormat.Count"/>).</summary>
    public static string Format(double value, int significant = 3) => QuantityFormat.Count(value, significant);

    /// <summary>Formats as mantissa and exponent without padding, e.g. <c>5.76e23</c> (<see cref="QuantityFormat.Scientific"/>).</summary>
    public static string FormatScientific(double value, int significant = 3) => QuantityFormat.Scientific(value, significant);

    private static int? SuffixExponent(char suffix) => char.ToUpperInvariant(suffix) switch
    {
        'K' => 3,
        'M' => 6,
        'B' or 'G' => 9,
        'T' => 12,
        'P' => 15,
        _ => null,
    };

    [GeneratedRegex(@"^([-+]?[0-9.]+(?:[eE][-+]?\d+)?)\s+([KMBGTPkmbgtp])$")]
    private static partial Regex SpaceBeforeSuffix();

    [GeneratedRegex(@"^[-+]?(?:inf|infinity|nan|∞)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinite();

    [GeneratedRegex(@"^0[xX][0-9a-fA-F]{1,15}$")]
    private static partial Regex Hexadecimal();

    [GeneratedRegex(@"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^[-+]?\d{1,3},\d{3}$")]
    private static partial Regex OneGroup();

    [GeneratedRegex(@"^[-+]?\d+,\d+(?:[eE][-+]?\d+|[KMBGTPkmbgtp])?$")]
    private static partial Regex DecimalComma();

    // Excel's and LibreOffice's: #DIV/0!, #N/A, #VALUE!, #REF!, #NAME?, #NUM!, #NULL!, #SPILL!, Err:502.
    [GeneratedRegex(@"^(?:#(?:DIV/0!|N/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)|Err:\d{3})$", RegexOptions.IgnoreCase)]
    private static partial Regex SpreadsheetError();

    // Whole groups of three after a space of any width (U+00A0, U+202F, U+2009), an apostrophe or an underscore.
    [GeneratedRegex(@"^[-+]?\d{1,3}(?:[ \u00A0\u202F\u2009'’_]\d{3})+$")]
    private static partial Regex SpaceGrouped();
}
