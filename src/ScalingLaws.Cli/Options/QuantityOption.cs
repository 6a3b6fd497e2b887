using System.CommandLine.Parsing;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// Options that take numbers, read while the command line is parsed in any form the other options take (0.3, 3e21,
/// 70B): a value that is not a number fails before anything is read, in one line naming the option and the value.
/// Ranges (a fraction, a positive count) are the command's to check, with what the value means.
/// </summary>
internal static class QuantityOption
{
    /// <summary>One number, <paramref name="fallback"/> when the option is not given.</summary>
    public static Option<double> Create(string name, string description, double fallback, string? helpName = null) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => Parse(result, name) ?? fallback,
    };

    /// <summary>One number, or null when the option is not given.</summary>
    public static Option<double?> Optional(string name, string description, string? helpName = null) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => Parse(result, name),
    };

    /// <summary>A training step from which to keep points: <see cref="Optional"/>, refused below zero while the line is parsed (no run logs a negative step).</summary>
    public static Option<double?> Step(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "STEP",
        CustomParser = result => NotNegative(result, name, Parse(result, name)),
    };

    private static double? NotNegative(ArgumentResult result, string name, double? step) =>
        step < 0 ? Error(result, $"{name} {step:G}: a step is 0 or more; give the first step to keep, e.g. {name} 100.") : step;

    /// <summary>
    /// Several numbers, space- or comma-separated as <see cref="ValueList"/> reads them, a decimal comma refused
    /// (<see cref="ValueList.DecimalComma"/>); none when the option is not given.
    /// </summary>
    public static Option<double[]> List(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result =>
        {
            if (result.Tokens.Select(t => ValueList.DecimalComma(name, t.Value)).FirstOrDefault(m => m is not null) is { } comma)
                return [Error(result, comma)];
            var items = ValueList.Items(result.Tokens.Select(t => t.Value)).ToList();
            if (result.Tokens.Count > 0 && items.Count == 0)
                return [Error(result, ValueList.NoValue(name, result.Tokens.Select(t => t.Value)))];
            return [.. items.Select((text, i) => ValueList.UnitApart(name, i > 0 ? items[i - 1] : null, text) is { } apart ? Error(result, apart) : Parse(result, name, text) ?? double.NaN)];
        },
    };

    private static double Error(ArgumentResult result, string message)
    {
        result.AddError(message);
        return double.NaN;
    }

    private static double? Parse(ArgumentResult result, string name) => Parse(result, name, result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value);

    private static double? Parse(ArgumentResult result, string name, string text)
    {
        if (Quantity.TryParse(text, out var value))
            return value;
        result.AddError(OptionValues.NotAQuantity(text, $"{name} {text}"));
        return null;
    }
}
