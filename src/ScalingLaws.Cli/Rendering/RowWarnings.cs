namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warnings about the rows of a user's file, worded for the command line: sizes written without their unit
/// (<see cref="SizesWithoutUnit"/>), beyond any run (<see cref="OversizedCounts"/>) or whole columns in another unit (<see cref="SmallSizeColumns"/>), params and tokens
/// swapped (<see cref="SwappedSizes"/>), FLOPs in another unit (<see cref="FlopsInAnotherUnit"/>), rows that repeat earlier ones or give another loss at their point (<see cref="RepeatedRows"/>), runs of one N and D
/// far apart in loss (<see cref="DivergentRepeats"/>), losses that look like
/// perplexities (<see cref="PerplexityLikeLosses"/>), losses too small for any model (<see cref="VanishingLosses"/>) and losses that
/// rise with scale as a score does (<see cref="RisingLosses"/>). A catalogued
/// dataset's rows are what its entry describes, so they are not checked: OPT's loss is a perplexity on purpose, and the GPT-3
/// curves digitised from a figure list 2,495 token counts twice, which the user cannot mend.
/// </summary>
internal static class RowWarnings
{
    /// <param name="pooled">Whether the pooling of families or configurations was named already, or accepted with --pool: either says what divergent repeats would.</param>
    /// <param name="scored">Whether the rows are predicted and scored (predict FILE), not fitted: the warnings then say what the rows do to the score.</param>
    public static IReadOnlyList<string> Of(ObservationTable table, bool pooled = false, bool scored = false)
    {
        // Before, predict FILE said a repeated row "counts in the fit", where nothing is fitted.
        var use = scored ? "the held-out score" : "the fit";
        var unitless = SizesWithoutUnit.Find(table);
        var warnings = unitless.Select(Unitless).Concat(SmallSizeColumns.Find(table).Select(SmallColumn))
            .Concat(OversizedCounts.Find(table).Select(found => Oversized(found, table.Source))).ToList();
        // Log10 counts make every run look shorter than its model is large; swapping the columns would not mend that.
        if (SwappedSizes.Find(table) is { } swapped && !unitless.Any(found => found.CouldBeLogarithms))
            warnings.Add(Swapped(swapped));
        if (FlopsInAnotherUnit.Find(table) is { } flops)
            warnings.Add(OtherFlops(flops));
        var repeated = RepeatedRows.Find(table, RunIndex.Of(table));
        if (repeated is not null)
        {
            if (repeated.Identical is { } identical)
                warnings.Add(Identical(identical, use));
            if (repeated.Relogged is { } relogged)
                warnings.Add(Relogged(relogged, use));
            if (repeated.Unmarked is { } unmarked)
                warnings.Add(Unmarked(unmarked, scored ? "scored" : "fitted"));
        }
        // Rows no column tells apart were just named; runs told apart by a label but far apart in loss are named here.
        if (!pooled && repeated?.Unmarked is null && DivergentRepeats.Find(table) is { } divergent)
            warnings.Add(Divergent(divergent));
        if (PerplexityLikeLosses.Find(table) is { } perplexities)
            warnings.Add(Perplexities(perplexities, scored ? use : "the whole fit"));
        if (VanishingLosses.Find(table) is { } vanishing)
            warnings.Add(Vanishing(vanishing));
        if (RisingLosses.Find(table) is { } rising)
            warnings.Add(Rising(rising));
        return warnings;
    }

    private static string Unitless(SizesWithoutUnit found)
    {
        var name = found.Field.ToString().ToLowerInvariant();
        var value = ObservationTable.Value(found.First, found.Field);
        var logarithms = found.CouldBeLogarithms
            ? $", or, every one between {SizesWithoutUnit.LowestLogarithm:0} and {SizesWithoutUnit.HighestLogarithm:0}, like log10 of the counts ({Numbers.Value(value)} for {Quantity.FormatScientific(Math.Pow(10, value))})"
            : "";
        return $"{QuantityFormat.CountedGrouped(found.Count, "row")} {(found.Count == 1 ? "has" : "have")} {name} below {SizesWithoutUnit.Floor:N0} (row {found.First.SourceRow}: {Numbers.Value(value)}), " +
            $"fewer than any training run: they look like counts in millions or billions written without the unit{logarithms}; write the unit (e.g. {Numbers.Value(value)}M or {Numbers.Value(value)}B)" +
            (found.CouldBeLogarithms ? " or give the counts themselves" : "") + ", or go on if they are right.";
    }

    // One cell can be at fault, so the warning names the file and the row as a refusal of a cell does.
    private static string Oversized(OversizedCounts found, string source)
    {
        var name = found.Field.ToString().ToLowerInvariant();
        var others = found.Count == 1 ? "" : $" ({QuantityFormat.CountedGrouped(found.Count - 1, "more row")} too)";
        return $"{source}, row {found.First.SourceRow}: {name} {Quantity.FormatScientific(ObservationTable.Value(found.First, found.Field))} is more than any training run has " +
            $"(above {Quantity.FormatScientific(OversizedCounts.Ceiling(found.Field))}, where the largest models hold about 2e12 parameters and the longest runs see about 4e13 tokens){others}: " +
            "the cell looks written wrong or in another unit (bytes, FLOPs); fix the row, or go on if it is right.";
    }

    private static string SmallColumn(SmallSizeColumns found)
    {
        var name = found.Field.ToString().ToLowerInvariant();
        var largest = ObservationTable.Value(found.Largest, found.Field);
        return $"every one of the {QuantityFormat.CountedGrouped(found.Rows, "row")} has {name} below {SmallSizeColumns.Ceiling:N0} (the largest, row {found.Largest.SourceRow}: {Numbers.Value(largest)}), " +
            $"fewer than any sweep of language models: the column looks written in millions or thousands without the unit; give the unit in its header " +
            $"(e.g. '{name} (M)' reads {Numbers.Value(largest)} as {Numbers.Value(largest)}M) or in each cell, or go on if they are right.";
    }

    private static string Swapped(SwappedSizes found) =>
        $"every one of the {QuantityFormat.CountedGrouped(found.Rows, "row")} has fewer tokens than params (at most {Numbers.Value(found.TokensPerParam)} per parameter, row {found.Largest.SourceRow}: " +
        $"{Quantity.Format(found.Largest.Params)} params, {Quantity.Format(found.Largest.Tokens)} tokens), where a sweep trains each model on more tokens than it has parameters: " +
        "the params and tokens columns look swapped; swap them (or their --map), or go on if these are early checkpoints only.";

    private static string OtherFlops(FlopsInAnotherUnit found) =>
        $"the flops column is {Numbers.Value(found.Ratio)} × 6ND at the median of the {QuantityFormat.CountedGrouped(found.Rows, "row")} (row {found.Example.SourceRow}: {Quantity.FormatScientific(found.Example.Flops)} " +
        $"for {Quantity.Format(found.Example.Params)} params and {Quantity.Format(found.Example.Tokens)} tokens), where counted FLOPs are within a factor of {FlopsInAnotherUnit.Factor:0} of 6ND: " +
        (found.CouldBeLogarithms
            ? $"every value between {SizesWithoutUnit.LowestLogarithm:0} and {SizesWithoutUnit.HighestLogarithm:0}, it looks like log10 of the FLOPs ({Numbers.Value(found.Example.Flops)} for {Quantity.FormatScientific(Math.Pow(10, found.Example.Flops))}); "
            : "it looks in another unit; ") +
        "give it in FLOPs, leave it out (C = 6ND is then derived), or go on if it is right.";

    private static string Identical(RowRepeat repeat, string use) =>
        $"{QuantityFormat.CountedGrouped(repeat.Count, "row")} {(repeat.Count == 1 ? "repeats" : "repeat")} an earlier row exactly (row {repeat.Row.SourceRow} = row {repeat.Earlier.SourceRow}); " +
        $"each copy counts in {use} as one more run: remove the copies, or, if they are separate runs that matched, add a column that tells them apart (e.g. seed).";

    private static string Relogged(RowRepeat repeat, string use) =>
        $"{QuantityFormat.CountedGrouped(repeat.Count, "row")} {(repeat.Count == 1 ? "gives" : "give")} another loss for a checkpoint listed earlier (row {repeat.Row.SourceRow}: loss {Numbers.Value(repeat.Row.Loss)} " +
        $"at {Quantity.Format(repeat.Row.Tokens)} tokens of the run of row {repeat.Earlier.SourceRow}, which has {Numbers.Value(repeat.Earlier.Loss)}), " +
        $"as a resumed run logs its steps twice; each counts in {use}: keep one row per checkpoint, or, if they are separate runs (seeds), add a column that tells them apart (e.g. seed).";

    // Read as separate runs, which a fit weighs as more evidence: seeds are, a row written twice with a typo is not.
    private static string Unmarked(RowRepeat repeat, string done) =>
        $"{QuantityFormat.CountedGrouped(repeat.Count, "row")} {(repeat.Count == 1 ? "gives" : "give")} another loss at the params and tokens of an earlier row, with no column that tells the runs apart " +
        $"(row {repeat.Row.SourceRow}: loss {Numbers.Value(repeat.Row.Loss)} at {Quantity.Format(repeat.Row.Params)} params and {Quantity.Format(repeat.Row.Tokens)} tokens, " +
        $"where row {repeat.Earlier.SourceRow} has {Numbers.Value(repeat.Earlier.Loss)}); each is {done} as a separate run: if they are seeds or reruns, add a column that tells them apart (e.g. seed), " +
        "and if one is a mistake, remove it.";

    private static string Divergent(DivergentRepeats found) =>
        $"{found.Divergent} of {QuantityFormat.Counted(found.Repeated, "(N, D) point")} given more than once have losses over {100 * DivergentRepeats.Spread:0}% apart " +
        $"(row {found.Lowest.SourceRow}: {Numbers.Value(found.Lowest.Loss)}, row {found.Highest.SourceRow}: {Numbers.Value(found.Highest.Loss)} at {Quantity.Format(found.Lowest.Params)} params, " +
        $"{Quantity.Format(found.Lowest.Tokens)} tokens: {Numbers.Percent(found.LargestSpread)} apart), far more than seeds make runs differ (about 1%): the rows look like families or setups " +
        "pooled under one law; fit one at a time (--where COLUMN=VALUE, or --map family=COLUMN then --family NAME), or go on if they are one setup.";

    private static string Perplexities(LossesOutOfScale found, string use) =>
        $"{Numbers.Count(found.Count)} of {QuantityFormat.CountedGrouped(found.Rows, "row")} {(found.Count == 1 ? "has" : "have")} a loss above {PerplexityLikeLosses.Ceiling:0.0} " +
        $"(row {found.Extreme.SourceRow}: {Numbers.Value(found.Extreme.Loss)}), more than ln 256,000 = 12.45 nats, what a uniform guess over the largest vocabularies scores: " +
        (found.AreFew
            ? $"among rows below it, they look like a loss spike or rows written wrong, not perplexities, and pull {use}; remove or fix them, or go on if they are real."
            : "they look like perplexities, not losses; give ln(perplexity) as the loss column (no option takes the logarithm), or go on if fitting perplexity is intended.");

    private static string Vanishing(LossesOutOfScale found) =>
        $"{Numbers.Count(found.Count)} of {QuantityFormat.CountedGrouped(found.Rows, "row")} {(found.Count == 1 ? "has" : "have")} a loss below {VanishingLosses.Floor:0e0} " +
        $"(row {found.Extreme.SourceRow}: {Numbers.Value(found.Extreme.Loss)}), {VanishingLosses.Reason}; give the loss in nats, or go on if the scale is intended.";

    private static string Rising(RisingLosses found) =>
        $"the loss rises with scale in {Numbers.Count(found.Rising)} of {Numbers.Count(found.Pairs)} pairs of rows where one has at least the other's params and tokens " +
        $"(row {found.Larger.SourceRow}: {Numbers.Value(found.Larger.Loss)} against row {found.Smaller.SourceRow}: {Numbers.Value(found.Smaller.Loss)}), as no loss does: " +
        "the column looks like a score or accuracy, not a loss; give the loss column (--map loss=COLUMN), fit scores with 'scaling downstream fit', or go on if it is a loss.";
}
