using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary>
/// <see cref="SizesWithoutUnit"/> and <see cref="FlopsInAnotherUnit"/> on a column of log10 counts: the Hitchhiker's guide's raw OPT table
/// gives tokens and FLOPs so (9 for 1e9 tokens), and both readings, a lost unit or a logarithm, are offered; counts in billions are not taken for logarithms.
/// </summary>
public sealed class SizesWithoutUnitTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void The_raw_OPT_table_read_as_it_is_has_tokens_and_flops_that_could_be_log10_counts()
    {
        var path = Path.Combine(TestData.SharedData, "colpret", "opt_trajectories.csv");
        var table = TableReader.Read(path, new ReadOptions { Map = ColumnMap.Parse(["params=model_size", "tokens=num_token", "loss=ppl"]) });

        var tokens = Assert.Single(SizesWithoutUnit.Find(table));
        var flops = FlopsInAnotherUnit.Find(table);

        Assert.Equal((Field.Tokens, 142, 9.0, true), (tokens.Field, tokens.Count, tokens.First.Tokens, tokens.CouldBeLogarithms));
        Assert.True(flops!.CouldBeLogarithms);
    }

    [Fact]
    public void Counts_in_billions_below_three_or_flops_of_real_runs_are_not_taken_for_logarithms()
    {
        // Tokens 1e8..1e11 written in billions: 0.1..100, some below 3 and some above 27.
        var billions = new ObservationTable(Sweep.Rows.Select(r => r with { Tokens = r.Tokens / 1e9 }));
        var thousandfold = new ObservationTable(Sweep.Rows.Select(r => r with { Flops = r.Flops * 1000 }));

        Assert.False(Assert.Single(SizesWithoutUnit.Find(billions)).CouldBeLogarithms);
        Assert.False(FlopsInAnotherUnit.Find(thousandfold)!.CouldBeLogarithms);
    }
}
