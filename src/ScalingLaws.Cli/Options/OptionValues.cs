namespace ScalingLaws.Cli.Options;

/// <summary>Numbers given on the command line, with errors that name the option.</summary>
internal static class OptionValues
{
    public static double Number(string text, string option) => Quantity.TryParse(text, out var value)
        ? value
        : throw new ScalingLawsException($"{option}: '{text}' is not a quantity; write e.g. 0.3527, 3e21 or 70B.");

    public static double Positive(string text, string option) => Number(text, option) is var value && value > 0
        ? value
        : throw new ScalingLawsException($"{option}: every value must be a positive number.");
}
