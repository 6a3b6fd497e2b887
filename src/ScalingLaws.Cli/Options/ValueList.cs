namespace ScalingLaws.Cli.Options;

/// <summary>Options that take several numbers, space- or comma-separated: <c>--flops 1e21 5.76e23</c> or <c>--flops 1e21,5.76e23</c>.</summary>
internal static class ValueList
{
    public static Option<string[]> Create(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <param name="parse">How one value is read, e.g. <see cref="OptionValues.Positive(string, string)"/>; it gets the text and the option for messages.</param>
    public static double[] Parse(ParseResult result, Option<string[]> option, Func<string, string, double> parse)
    {
        var items = Given(option.Name, result.GetValue(option) ?? []);
        return [.. items.Select((text, i) => UnitApart(option.Name, i > 0 ? items[i - 1] : null, text) is { } apart
            ? throw new ScalingLawsException(apart)
            : parse(text, $"{option.Name} {text}"))];
    }

    /// <summary>
    /// The one line for a unit the shell split from its number (<c>--params 70 B</c>), which alone is no quantity and
    /// would be reported as one; null when <paramref name="text"/> is not such a unit after <paramref name="previous"/>.
    /// </summary>
    public static string? UnitApart(string option, string? previous, string text) =>
        previous is not null && !Quantity.TryParse(text, out _) && Quantity.TryParse(previous, out _) && Quantity.TryParse(previous + text, out _)
            ? $"{option} {previous} {text}: the unit '{text}' is a value of its own, apart from its number; write {previous}{text}, without the space."
            : null;

    /// <summary>
    /// Amounts (parameters, tokens, FLOPs, dollars), read as <see cref="Parse"/> does, but where commas that look meant
    /// inside one number are refused (<see cref="CommaInAmount"/>): no amount is as small as the values they would split into.
    /// </summary>
    public static double[] Amounts(ParseResult result, Option<string[]> option, Func<string, string, double> parse) =>
        ParseRefusing(result, option, parse, token => CommaInAmount(option.Name, token));

    /// <summary>Counts (parameters, tokens, FLOPs): <see cref="Amounts"/>, each at least one (<see cref="OptionValues.Count(string, string)"/>).</summary>
    public static double[] Counts(ParseResult result, Option<string[]> option) => Amounts(result, option, OptionValues.Count);

    /// <summary>
    /// Measures that are no counts (losses, learning rates), read as <see cref="Parse"/> does, but where a decimal comma
    /// ('2,5', as a European locale writes 2.5) is refused (<see cref="DecimalComma"/>) rather than read as two values.
    /// </summary>
    public static double[] Measures(ParseResult result, Option<string[]> option, Func<string, string, double> parse) =>
        ParseRefusing(result, option, parse, token => DecimalComma(option.Name, token));

    /// <summary>
    /// The one line for a number written with a decimal comma ('2,5', '1,5B', '6,1e19'), which an option that takes several
    /// values would read as two; null for any other token.
    /// </summary>
    public static string? DecimalComma(string option, string token)
    {
        if (Quantity.WithDecimalPoint(token) is not { } point)
            return null;
        var parts = token.Trim().Split(',');
        return $"{option} {token.Trim()}: commas separate values here, so this reads as {parts[0]} and {parts[1]}; a decimal comma is not read: for one number write a decimal point ({point}), and for several give them as separate values ({option} {parts[0]} {parts[1]}).";
    }

    private static double[] ParseRefusing(ParseResult result, Option<string[]> option, Func<string, string, double> parse, Func<string, string?> refusal) =>
        (result.GetValue(option) ?? []).Select(refusal).FirstOrDefault(m => m is not null) is { } message
            ? throw new ScalingLawsException(message)
            : Parse(result, option, parse);

    /// <summary>
    /// The one line for commas that are read as separating values but were most likely meant inside one number: thousands
    /// separators ('1,400,000,000,000', read as 1 and 400 and three zeros, or '1,500' as the tokens 1 and 500, as
    /// <see cref="Quantity.TryParseSize"/> reads a table's cell) or a decimal comma before a unit or exponent ('1,5B',
    /// '6,1e19': <see cref="DecimalComma"/>); null for any other token. Two bare whole numbers ('8192,16384') are two counts.
    /// </summary>
    private static string? CommaInAmount(string option, string token) =>
        token.Contains(',') && Quantity.TryParseSize(token, out _)
            ? $"{option} {token.Trim()}: commas separate values here, so this reads as {Listed(token.Trim().Split(','))}; if it is one number with thousands separators, write it without them ({token.Trim().Replace(",", "")}, or with a unit such as 1.4T), and if it is several values, give each its unit (100M,200M)."
            : token.Any(char.IsAsciiLetter) ? DecimalComma(option, token) : null;

    private static string Listed(string[] values) => $"{string.Join(", ", values[..^1])} and {values[^1]}";

    /// <summary>
    /// The values given to <paramref name="option"/>, each token split at its commas; an option given with nothing but
    /// spaces and commas ('', ',,') was meant to carry values, not left out, and is refused (<see cref="NoValue"/>).
    /// </summary>
    public static List<string> Given(string option, IReadOnlyList<string> tokens)
    {
        var items = Items(tokens).ToList();
        return tokens.Count > 0 && items.Count == 0 ? throw new ScalingLawsException(NoValue(option, tokens)) : items;
    }

    /// <summary>The one line for an option given only spaces and commas.</summary>
    public static string NoValue(string option, IEnumerable<string> tokens) =>
        $"{option} '{string.Join(' ', tokens)}': no value; give one or more, separated by commas or spaces, or leave the option out.";

    /// <summary>The values of the tokens given, each token split at its commas.</summary>
    public static IEnumerable<string> Items(IEnumerable<string> tokens) =>
        tokens.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
