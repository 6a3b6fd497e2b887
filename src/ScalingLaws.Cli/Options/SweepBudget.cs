namespace ScalingLaws.Cli.Options;

/// <summary>
/// <c>plan --sweep-budget B</c>: a fraction of the target's 6ND (at most 1) or FLOPs. A value between the two (2, 50, 1e6) is
/// neither a fraction nor a plausible compute budget; it is refused with both readings, not planned as FLOPs.
/// </summary>
internal static class SweepBudget
{
    public const string Name = "--sweep-budget";

    /// <summary>Less compute than training a 1M-parameter model on 1M tokens is not a sweep.</summary>
    public const double MinFlops = 6e12;

    public static double Parse(string text, double targetParams, double targetTokens)
    {
        var value = OptionValues.Positive(text, $"{Name} {text}");
        if (value <= 1 || value >= MinFlops)
            return value;
        var target = 6 * targetParams * targetTokens;
        throw new ScalingLawsException(
            $"{Name} {text}: a fraction of the target's compute is at most 1 ({value:G3}% is {Name} {value / 100:G3}), and as FLOPs {text} is far too little "
            + $"(the target's run is {Quantity.FormatScientific(target)} FLOPs; a sweep needs at least {Quantity.FormatScientific(MinFlops)}). Give e.g. {Name} 0.1 or {Name} {Quantity.FormatScientific(target / 10)}.");
    }
}
