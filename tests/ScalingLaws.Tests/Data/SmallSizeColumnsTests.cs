using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="SmallSizeColumns"/>: a whole column of counts in [1,000, 10,000) is named; real sweeps are not.</summary>
public sealed class SmallSizeColumnsTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void Tokens_in_millions_are_found_with_the_largest_row()
    {
        // Tokens 1e8..1e11 with the 1e6 lost are 100..100,000: a column above the ceiling, so use 2B..8B ones, 2,000..8,000 in millions.
        var millions = new ObservationTable(Sweep.Rows.Select(r => r with { Tokens = 2000 + r.SourceRow * 100 }));

        var found = Assert.Single(SmallSizeColumns.Find(millions));

        Assert.Equal((Field.Tokens, 25, 25, 4500.0), (found.Field, found.Rows, found.Largest.SourceRow, found.Largest.Tokens));
    }

    [Fact]
    public void A_column_with_one_value_below_the_floor_is_left_to_the_row_warning()
    {
        var rows = new ObservationTable(Sweep.Rows.Select(r => r with { Params = r.SourceRow == 1 ? 500 : 5000 }));

        Assert.Empty(SmallSizeColumns.Find(rows));
        Assert.Equal(1, Assert.Single(SizesWithoutUnit.Find(rows)).Count);
    }

    [Fact]
    public void A_column_reaching_the_ceiling_and_every_real_sweep_are_not_found()
    {
        var rows = new ObservationTable(Sweep.Rows.Select(r => r with { Params = r.SourceRow == 7 ? 10_000 : 5000 }));

        Assert.Empty(SmallSizeColumns.Find(rows));
        Assert.Empty(SmallSizeColumns.Find(Sweep));
        Assert.Empty(SmallSizeColumns.Find(ScalingLaws.IO.TableReader.Read(ChinchillaEpoch.Path)));
        Assert.All(SharedDatasets.Counts.Keys, name => Assert.Empty(SmallSizeColumns.Find(SharedDatasets.Load(name))));
    }
}
