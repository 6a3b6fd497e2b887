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
    public static double[] Parse(ParseResult result, Option<string[]> option, Func<string, string, double> parse) =>
        [.. Items(result.GetValue(option) ?? []).Select(text => parse(text, $"{option.Name} {text}"))];

    /// <summary>The values of the tokens given, each token split at its commas.</summary>
    public static IEnumerable<string> Items(IEnumerable<string> tokens) =>
        tokens.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
