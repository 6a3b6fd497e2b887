using ScalingLaws.Laws;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// The values a law read from a file or from <c>--law</c> may take: constants (fitted on the log scale) positive and
/// within 1e±300, exponents between 0 and <see cref="MaxExponent"/>. Anything else is a typo or a broken file, and would
/// give predictions that are silently wrong or not numbers at all.
/// </summary>
public static class LawDomain
{
    /// <summary>The largest exponent a law file may give; larger ones overflow on real inputs.</summary>
    public const double MaxExponent = 10;

    private const double MaxConstant = 1e300, MinConstant = 1e-300;

    /// <summary>
    /// <paramref name="values"/> as a law file stores them: an irreducible loss E fitted so far down its log scale that it underflows
    /// below 1e-300 (ln E below −690: E collapsed, which predictions allow for, see <see cref="Prediction.UnseenFloor"/>) is stored as
    /// 1e-300, the smallest the domain holds, which moves no loss by more than that. Any other constant that vanished is left to be refused:
    /// its term is gone from the law.
    /// </summary>
    public static double[] Storable(ScalingLaw law, IReadOnlyList<double> values)
    {
        var e = Prediction.UnseenFloor.IndexOfE(law);
        return [.. values.Select((v, j) => j == e && v is >= 0 and < MinConstant ? MinConstant : v)];
    }

    /// <summary><paramref name="value"/> when it is in the domain of <paramref name="parameter"/>; otherwise one clear error naming <paramref name="source"/>.</summary>
    public static double Check(LawParameter parameter, double value, string source) =>
        Problem(parameter, value) is { } problem ? throw new ScalingLawsException($"{source}: {problem}.") : value;

    /// <summary>What is wrong with <paramref name="value"/> as <paramref name="parameter"/>, in words, or null when it is in the domain.</summary>
    public static string? Problem(LawParameter parameter, double value)
    {
        // A law file stores no NaN (JSON has none): a NaN read is a null or missing value, so it is named as one.
        if (double.IsNaN(value))
            return $"{parameter.Name} is null, not a number; give it the fitted value, or fit again and save the law with --out";
        var text = Math.Abs(value) is >= 1e6 or (> 0 and < 1e-4) ? Quantity.FormatScientific(value) : value.ToString("G6", CultureInfo.InvariantCulture);
        if (parameter.Scale == ParameterScale.Log && !(value is >= MinConstant and <= MaxConstant))
            return $"{parameter.Name} = {text} is outside the law's domain; a constant must be a positive number between 1e-300 and 1e300";
        if (parameter.Scale == ParameterScale.Linear && !(value is >= 0 and <= MaxExponent))
            return $"{parameter.Name} = {text} is outside the law's domain; an exponent must be between 0 and {MaxExponent:G}";
        return null;
    }
}
