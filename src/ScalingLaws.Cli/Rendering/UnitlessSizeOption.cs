namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warning for a model size or token count given on the command line below <see cref="SizesWithoutUnit.Floor"/>, the
/// rule <see cref="RowWarnings"/> applies to a table's rows: fewer than any training run, so most likely millions or
/// billions written without the unit ("7" for 7B).
/// </summary>
internal static class UnitlessSizeOption
{
    /// <summary>One warning for the first of <paramref name="values"/> of <paramref name="option"/> below the floor, or none.</summary>
    public static IEnumerable<string> Warnings(string option, IEnumerable<double> values) =>
        values.Where(v => v < SizesWithoutUnit.Floor).Take(1).Select(v =>
            $"warning: {option} {Numbers.Value(v)} is below {SizesWithoutUnit.Floor:N0}, fewer than any training run: it looks like a count in millions or billions " +
            $"written without the unit; write the unit (e.g. {Numbers.Value(v)}M or {Numbers.Value(v)}B), or go on if it is right.");
}
