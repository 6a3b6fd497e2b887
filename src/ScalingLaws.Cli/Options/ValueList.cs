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

    /// <summary>The values of the tokens given, each token split at its commas.</summary>
    public static IEnumerable<string> Items(IEnumerable<string> tokens) =>
        tokens.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
