using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="RisingLosses"/>: a score that grows with scale, given as the loss, is found; real losses are not.</summary>
public sealed class RisingLossesTests
{
    private static readonly ObservationTable Sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, sigma: 0.01, seed: 3, sizes: 5, tokenCounts: 5);

    [Fact]
    public void An_accuracy_under_a_loss_header_is_found_with_its_steepest_pair()
    {
        var accuracy = new ObservationTable(Sweep.Rows.Select(r => r with { Loss = 1 - r.Loss / 5 }));

        var found = RisingLosses.Find(accuracy);

        // A 5 × 5 grid has (5 + 4 + 3 + 2 + 1)² - 25 = 200 ordered pairs (each row against those at or beyond it in both
        // sizes, less itself); with 1% noise a few neighbouring pairs may fall, but the pairs across the grid rise.
        Assert.Equal(200, found!.Pairs);
        Assert.InRange(found.Rising, 0.9 * found.Pairs, found.Pairs);
        Assert.Equal((1e7, 1e8), (found.Smaller.Params, found.Smaller.Tokens));
        Assert.Equal((3e9, 1e11), (found.Larger.Params, found.Larger.Tokens));
    }

    [Fact]
    public void Losses_that_fall_with_scale_are_not_found()
    {
        Assert.Null(RisingLosses.Find(Sweep));
        Assert.Null(RisingLosses.Find(ScalingLaws.IO.TableReader.Read(ChinchillaEpoch.Path)));
    }

    [Theory]
    [MemberData(nameof(SharedDatasets.Names), MemberType = typeof(SharedDatasets))]
    public void No_real_sweep_of_losses_is_taken_for_a_score(string dataset)
    {
        Assert.Null(RisingLosses.Find(SharedDatasets.Load(dataset)));
    }

    [Fact]
    public void A_table_whose_rows_repeat_a_pattern_is_judged_on_all_of_it_not_on_every_kth_row()
    {
        // 3,000 rows in cycles of three: a falling loss at 8 sizes in two rows of each cycle, a rising score in the third.
        // Every third row (what an evenly spaced sample of 1,000 took) is all score; the table as a whole is not: about
        // half its ordered pairs rise, far below 3 in 4.
        var rows = Enumerable.Range(0, 3000).Select(i =>
        {
            var n = 1e8 * Math.Pow(2, i / 3 % 8);
            var d = 2e9 * (1 + i / 24 % 125);
            return new Observation(n, d, 6 * n * d, i % 3 == 0 ? 0.2 + n / 1e10 : 2 + 100 / Math.Pow(n, 0.2));
        });
        var table = new ObservationTable(rows);
        var scores = new ObservationTable(table.Rows.Where((_, i) => i % 3 == 0));

        Assert.NotNull(RisingLosses.Find(scores)); // the aliased sample's verdict
        Assert.Null(RisingLosses.Find(table));
    }

    [Fact]
    public void A_large_table_of_scores_is_still_found_from_its_sample()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new Observation(1e8 * (1 + i % 50), 2e9 * (1 + i / 50), 0, 0.2 + i % 50 / 100.0 + i / 50 / 1000.0));

        var found = RisingLosses.Find(new ObservationTable(rows.Select(r => r with { Flops = 6 * r.Params * r.Tokens })));

        Assert.True(found!.Rising == found.Pairs, $"{found.Rising} of {found.Pairs}"); // every dominating pair rises
        Assert.InRange(found.Pairs, 200_000, 300_000); // about a quarter of 1,000 × 999 ordered pairs dominate
    }

    [Fact]
    public void Fewer_than_four_ordered_pairs_say_nothing()
    {
        var rows = new ObservationTable([new Observation(1e8, 2e9, 1.2e18, 0.3), new Observation(2e8, 2e9, 2.4e18, 0.4), new Observation(4e8, 2e9, 4.8e18, 0.5)]);

        Assert.Null(RisingLosses.Find(rows)); // 3 pairs, all rising
    }
}
