namespace ScalingLaws.Cli.Options;

/// <summary>Options that take several numbers, space- or comma-separated: <c>--flops 1e21 5.76e23</c> or <c>--flops 1e21,5.76e23</c>.</summary>
internal static partial class ValueList
{
    public static Option<string[]> Create(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <param name="parse">How one value is read, e.g. <see cref="OptionValues.Positive(string, string)"/>; it gets the text and the option for messages.</param>
    public static double[] Parse(ParseResult result, Option<string[]> option, Func<string, string, double> parse)
    {
        var given = result.GetValue(option) ?? [];
        var items = Items(given).ToList();
        // An option given with nothing but spaces and commas was meant to carry values: not the same as leaving it out.
        if (given.Length > 0 && items.Count == 0)
            throw new ScalingLawsException($"{option.Name} '{string.Join(' ', given)}': no value; give one or more, separated by commas or spaces, or leave the option out.");
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
    /// inside one number are refused (<see cref="CommaInNumber"/>): no amount is as small as the values they would split into.
    /// </summary>
    public static double[] Amounts(ParseResult result, Option<string[]> option, Func<string, string, double> parse) =>
        (result.GetValue(option) ?? []).Select(t => CommaInNumber(option.Name, t.Trim())).FirstOrDefault(m => m is not null) is { } comma
            ? throw new ScalingLawsException(comma)
            : Parse(result, option, parse);

    /// <summary>Counts (parameters, tokens, FLOPs): <see cref="Amounts"/>, each at least one (<see cref="OptionValues.Count"/>).</summary>
    public static double[] Counts(ParseResult result, Option<string[]> option) => Amounts(result, option, OptionValues.Count);

    /// <summary>
    /// The one line for commas that are read as separating values but were most likely meant inside one number: thousands
    /// separators ('1,400,000,000,000', read as 1 and 400 and three zeros, or '1,500' as the tokens 1 and 500) or a decimal
    /// comma before a unit ('1,5B', read as 1 and 5B); null for any other token.
    /// </summary>
    private static string? CommaInNumber(string option, string token) =>
        ThousandsSeparated().IsMatch(token)
            ? $"{option} {token}: commas separate values here, so this reads as {Listed(token.Split(','))}; if it is one number with thousands separators, write it without them ({token.Replace(",", "")}, or with a unit such as 1.4T), and if it is several values, give each its unit (100M,200M)."
            : DecimalCommaBeforeUnit().Match(token) is { Success: true } m
                ? $"{option} {token}: commas separate values here, so this reads as {m.Groups[1].Value} and {m.Groups[2].Value}{m.Groups[3].Value}; for one number write a decimal point ({m.Groups[1].Value}.{m.Groups[2].Value}{m.Groups[3].Value}), and for two values give each its unit."
                : null;

    private static string Listed(string[] values) => $"{string.Join(", ", values[..^1])} and {values[^1]}";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsSeparated();

    // A bare whole number, a comma, then digits with a unit: "1,5B". ("7B,13B" and "1e9,5B" keep a unit or exponent first.)
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+),(\d+)([A-Za-z]+)$")]
    private static partial System.Text.RegularExpressions.Regex DecimalCommaBeforeUnit();

    /// <summary>The values of the tokens given, each token split at its commas.</summary>
    public static IEnumerable<string> Items(IEnumerable<string> tokens) =>
        tokens.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
