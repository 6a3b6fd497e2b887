namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warning for a model size or token count given on the command line below <see cref="SizesWithoutUnit.Floor"/>, the
/// rule <see cref="RowWarnings"/> applies to a table's rows: fewer than any training run, so most likely millions or
/// billions written without the unit ("7" for 7B); and, as <see cref="OversizedCounts"/> for rows, one above any run
/// (before round 13, `predict --params 1e30` and `hparams --params 1e30` answered without a word).
/// </summary>
internal static class UnitlessSizeOption
{
    /// <summary>One warning for the first of <paramref name="values"/> of <paramref name="option"/> (giving <paramref name="field"/>) below the floor, one for the first above the ceiling.</summary>
    public static IEnumerable<string> Warnings(Field field, string option, IEnumerable<double> values) =>
        values.Where(v => v < SizesWithoutUnit.Floor).Take(1).Select(v =>
            $"warning: {option} {Numbers.Value(v)} is below {SizesWithoutUnit.Floor:N0}, fewer than any training run: it looks like a count in millions or billions " +
            $"written without the unit; write the unit (e.g. {Numbers.Value(v)}M or {Numbers.Value(v)}B), or go on if it is right.")
        .Concat(values.Where(v => v > OversizedCounts.Ceiling(field)).Take(1).Select(v =>
            $"warning: {option} {Quantity.FormatScientific(v)} is more than any training run has (above {Quantity.FormatScientific(OversizedCounts.Ceiling(field))}, where the largest models " +
            "hold about 2e12 parameters and the longest runs see about 4e13 tokens): no law was fitted anywhere near it; check the value or its unit, or go on if it is right."));
}
