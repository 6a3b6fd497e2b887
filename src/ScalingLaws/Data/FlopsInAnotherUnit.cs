namespace ScalingLaws.Data;

/// <summary>
/// A flops column far from C = 6ND, most likely in another unit (GFLOPs, PF-days with a factor lost, FLOPs per token):
/// counted FLOPs differ from 6ND by what attention and the embeddings add, well within a factor of
/// <see cref="Factor"/>, so a median ratio beyond it is a column in another unit, and whatever reads compute from it
/// (compute-optimal answers, envelopes, orders by compute) is off by that ratio.
/// </summary>
/// <param name="Rows">Rows in the table.</param>
/// <param name="Ratio">The median of C / 6ND over the rows.</param>
/// <param name="Example">The row whose ratio is the median.</param>
public sealed record FlopsInAnotherUnit(int Rows, double Ratio, Observation Example)
{
    /// <summary>A median C / 6ND beyond this factor either way is another unit.</summary>
    public const double Factor = 10;

    /// <summary>Whether every row's flops lies where log10 of a count does (<see cref="SizesWithoutUnit.LowestLogarithm"/> to <see cref="SizesWithoutUnit.HighestLogarithm"/>): a column of log10 FLOPs, as the Hitchhiker's guide's tables give it.</summary>
    public bool CouldBeLogarithms { get; init; }

    /// <summary>The median ratio of the table's flops to 6ND when it lies beyond <see cref="Factor"/> either way; else null.</summary>
    public static FlopsInAnotherUnit? Find(ObservationTable table)
    {
        var rows = table.Rows.Where(r => double.IsFinite(r.Flops) && double.IsFinite(r.Params * r.Tokens)).OrderBy(RatioOf).ToList();
        if (rows.Count == 0)
            return null;
        var median = rows[rows.Count / 2];
        var ratio = RatioOf(median);
        return ratio is > 1 / Factor and < Factor ? null : new FlopsInAnotherUnit(table.Count, ratio, median)
        {
            CouldBeLogarithms = rows.All(r => r.Flops is >= SizesWithoutUnit.LowestLogarithm and <= SizesWithoutUnit.HighestLogarithm),
        };
    }

    private static double RatioOf(Observation row) => row.Flops / (6 * row.Params * row.Tokens);
}
