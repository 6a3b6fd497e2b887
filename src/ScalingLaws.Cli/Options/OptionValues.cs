namespace ScalingLaws.Cli.Options;

/// <summary>Numbers given on the command line, with errors that name the option.</summary>
internal static class OptionValues
{
    public static double Number(string text, string option) => Quantity.TryParse(text, out var value)
        ? value
        : throw new ScalingLawsException(NotAQuantity(text, option));

    public static double Positive(string text, string option) => Positive(Number(text, option), option);

    /// <summary>The count <paramref name="option"/> gives (see <see cref="Count(string, string)"/>), or null when it is not given.</summary>
    public static double? Count(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } text ? Count(text, $"{option.Name} {text}") : null;

    public static double Positive(double value, string option) => value > 0
        ? value
        : throw new ScalingLawsException($"{option}: every value must be a positive number.");

    /// <summary>
    /// A count (parameters, tokens, FLOPs) given on the command line: positive and at least one, the rule the table
    /// reader applies to a size cell, since below one it is a size in millions or billions written without the unit.
    /// </summary>
    public static double Count(string text, string option)
    {
        var value = Positive(text, option);
        return value >= 1
            ? value
            : throw new ScalingLawsException($"{option}: less than one, which no count is; if it is in millions or billions, write the unit (e.g. {text}B or {text}M).");
    }

    /// <summary>
    /// The one line for a value that is not a number, e.g. "--spread abc: 'abc' is not a quantity; …", naming thousands
    /// separators ('2,000,000,000,000'), a decimal comma ('2,5') or digits grouped by spaces when it has them.
    /// </summary>
    public static string NotAQuantity(string text, string option) => Quantity.TryParseSize(text, out _)
        ? $"{option}: '{text}' is not a quantity; it has thousands separators, which an option does not take; write it without them, {text.Trim().Replace(",", "")}."
        : $"{option}: '{text}' is not a quantity; {Quantity.Remedy(text, "write e.g. 0.3527, 3e21 or 70B")}.";
}
